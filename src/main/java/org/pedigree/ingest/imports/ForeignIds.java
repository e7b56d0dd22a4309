package org.pedigree.ingest.imports;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.pedigree.ingest.InputProblem;
import org.pedigree.model.InstanceIris;

/**
 * Names of models and datasets met in SPDX and other BOMs: a Hugging Face id when the element
 * says where on the Hub it lives (download location, package URL {@code pkg:huggingface/…}), so it
 * is the same node as an imported card; else its own IRI, with a record id made from it.
 */
final class ForeignIds {
    private static final Pattern HUB_MODEL = Pattern.compile("^https?://huggingface\\.co/(?!datasets/)([^/?#]+/[^/?#]+)");
    private static final Pattern HUB_DATASET = Pattern.compile("^https?://huggingface\\.co/datasets/([^/?#]+/[^/?#]+)");
    private static final Pattern PURL = Pattern.compile("^pkg:huggingface/([^/@?#]+/[^/@?#]+)");

    private ForeignIds() {}

    /** The Hub id of a model element, if its download location or package URL is on the Hub. */
    static Optional<String> hubModel(String... locations) {
        return hub(HUB_MODEL, locations).or(() -> hub(PURL, locations));
    }

    static Optional<String> hubDataset(String... locations) {
        return hub(HUB_DATASET, locations);
    }

    private static Optional<String> hub(Pattern pattern, String... locations) {
        for (String location : locations) {
            if (location != null) {
                Matcher m = pattern.matcher(location);
                if (m.find() && InstanceIris.isHfId(m.group(1))) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** A record id from an IRI: its host and path, other characters as '-'. */
    static String recordId(String prefix, String iri) {
        URI uri;
        try {
            uri = new URI(iri);
        } catch (URISyntaxException e) {
            // Found by fuzzing: a malformed IRI ("https://huggingfac%.co/…") is bad input, not a crash.
            throw new InputProblem("'" + iri + "' is not a valid IRI (" + e.getReason() + " at index " + e.getIndex()
                    + ") — give the dataset or model a well-formed http(s) IRI.");
        }
        String raw = (uri.getHost() == null ? "" : uri.getHost()) + "--" + (uri.getPath() == null ? "" : uri.getPath());
        String id = prefix + raw.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{3,}", "--").replaceAll("^[-.]+|[-.]+$", "");
        return id.length() > 200 ? id.substring(0, 200) : id;
    }

    /** An absolute http(s) IRI, or an {@link InputProblem} naming the field. */
    static String iri(String where, String field, String value) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && uri.getHost() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InputProblem(where + ", " + field + ": '" + value + "' is not an absolute http(s) IRI — Pedigree names things it imports by such IRIs.");
    }

    static String text(JsonNode node, String field) {
        return CardFields.text(node.get(field)).orElse(null);
    }
}
