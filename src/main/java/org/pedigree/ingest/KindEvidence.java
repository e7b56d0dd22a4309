package org.pedigree.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A derivation kind as importers use it to infer the kind of an edge (ontology/kinds.ttl): its
 * slug, the Hugging Face relation it is filed under, whether it is that relation's top concept,
 * the relation's inference priority (lower is tried first) and its evidence patterns over model
 * ids, tags, library names and file names.
 */
public record KindEvidence(String slug, String hfRelation, boolean top, int priority, List<Pattern> patterns) {
    /** True when one of the patterns finds {@code text}. */
    public boolean matches(String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }
}
