package org.pedigree.ingest.imports;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.SafeYaml;

/**
 * The YAML front matter of a Hugging Face model card: the block between a first line {@code ---}
 * (blank lines before it are allowed, as the Hub allows them) and the next line {@code ---}, read safely ({@link SafeYaml}). A card without one has no
 * metadata; a block that is not closed, not YAML or not a map is an {@link InputProblem} with
 * the line in the card.
 */
final class FrontMatter {
    private static final ObjectMapper YAML = SafeYaml.yamlMapper();

    private FrontMatter() {}

    /** The metadata of a card, or empty when the card has no front matter. */
    static Optional<ObjectNode> of(String where, String card) {
        String[] lines = card.split("\r?\n", -1);
        int start = 0;
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        if (start == lines.length || !lines[start].strip().equals("---")) {
            return Optional.empty();
        }
        int end = -1;
        for (int i = start + 1; i < lines.length && end < 0; i++) {
            if (lines[i].stripTrailing().equals("---") || lines[i].stripTrailing().equals("...")) {
                end = i;
            }
        }
        if (end < 0) {
            throw new InputProblem(where + ": the YAML front matter opened by '---' on line " + (start + 1)
                    + " is never closed — end it with a line '---'.");
        }
        return Optional.of(parse(where, String.join("\n", Arrays.copyOfRange(lines, start + 1, end)), start + 1));
    }

    /** Parses YAML card data (a front matter block, or the Hub's cardData string); {@code lineOffset} lines precede it. */
    static ObjectNode parse(String where, String yaml, int lineOffset) {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputProblem(where + (at == null ? "" : " line " + (at.getLineNr() + lineOffset))
                    + ": the YAML front matter is not valid YAML — " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new InputProblem(where + ": the YAML front matter is not valid YAML — " + e.getMessage(), e);
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw new InputProblem(where + ": the YAML front matter must be a map of fields (base_model: …, license: …), not "
                    + (node.isArray() ? "a list" : "a single value") + ".");
        }
        return (ObjectNode) node;
    }
}
