package org.pedigree.ingest.imports;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What Pedigree reads about one Hugging Face model, from its card or from the Hub's model-info
 * answer: the model id, the card metadata, the repository commit when known, the repository's file
 * names and the Hub's tags (empty for a card file).
 *
 * @param id         the model id as the source spells it ({@code owner/name})
 * @param where      the source in messages
 * @param format     {@code hf} (a card) or {@code hf-api} (a model-info answer)
 * @param sha256     SHA-256 of the source
 * @param card       the card metadata (empty when the card has none)
 * @param hasCard    false for a card without front matter
 * @param revision   the commit of the repository, or null
 * @param files      file names of the repository
 * @param hubTags    the Hub's tags
 */
record HfModelInfo(String id, String where, String format, String sha256, ObjectNode card, boolean hasCard, String revision,
        List<String> files, List<String> hubTags) {}
