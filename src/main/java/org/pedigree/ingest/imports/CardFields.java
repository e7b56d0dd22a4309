package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.pedigree.ingest.InputProblem;

/** Lenient and strict readings of card fields that may be one value or a list of them. */
final class CardFields {
    private CardFields() {}

    /** The text of a single value, if it is one and not blank. */
    static Optional<String> text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank()
                ? Optional.of(node.asText().strip()) : Optional.empty();
    }

    /** The texts of a value or a list of values (other members skipped). */
    static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> text(n).ifPresent(texts::add));
        } else {
            text(node).ifPresent(texts::add);
        }
        return texts;
    }

    /** Like {@link #texts}, but anything but text, or a list of text, is an {@link InputProblem}. */
    static List<String> strictTexts(String where, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<JsonNode> members = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(members::add);
        } else {
            members.add(node);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode m : members) {
            if (m.isNull()) {
                continue;
            }
            if (!m.isTextual()) {
                throw new InputProblem(where + ", field " + field + ": expected one Hugging Face id or a list of them (text), not "
                        + (m.isContainerNode() ? "a map or nested list" : "'" + m.asText() + "'") + " — write " + field + ": OWNER/NAME.");
            }
            if (!m.asText().isBlank()) {
                texts.add(m.asText().strip());
            }
        }
        return texts;
    }
}
