package org.pedigree.ingest;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Pedigree never fetches a JSON-LD context: a document whose {@code @context} (or
 * {@code @import}) names one by URL, remote or {@code file:}, is refused before any parser sees it.
 */
final class JsonLdContexts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdContexts() {}

    static void refuseRemote(String source, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InputProblem(source + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON — " + e.getOriginalMessage(), e);
        }
        check(source, root);
    }

    private static void check(String source, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("@context") || field.getKey().equals("@import")) {
                    refuseUrls(source, field.getValue());
                }
                check(source, field.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(child -> check(source, child));
        }
    }

    private static void refuseUrls(String source, JsonNode context) {
        if (context.isTextual()) {
            throw new InputProblem(source + ": the JSON-LD @context \"" + context.asText()
                    + "\" would have to be fetched, and Pedigree never fetches contexts — put the context inline (an object), "
                    + "or send Turtle or TriG instead.");
        }
        if (context.isArray()) {
            context.forEach(c -> refuseUrls(source, c));
        }
    }
}
