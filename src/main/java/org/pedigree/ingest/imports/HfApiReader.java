package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.SafeYaml;
import org.pedigree.ingest.Sources;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.Sha256;

/**
 * Reads the Hub's model-info answer ({@code GET /api/models/{id}}, or what its Python client
 * returns): {@code id} (or {@code modelId}), {@code sha}, {@code tags}, {@code cardData} (a map, or
 * the card's YAML as text), {@code siblings} (objects with {@code rfilename}, or the client's
 * {@code RepoSibling(rfilename='…')} text), {@code library_name} and {@code pipeline_tag}.
 */
final class HfApiReader {
    private static final ObjectMapper JSON = SafeYaml.jsonMapper();
    private static final Pattern REPO_SIBLING = Pattern.compile("rfilename='([^']*)'");

    private HfApiReader() {}

    static HfModelInfo read(RecordSource source) {
        String text = Sources.utf8(source);
        JsonNode info;
        try {
            info = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputProblem(source.name() + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON — " + e.getOriginalMessage(), e);
        }
        if (info == null || !info.isObject()) {
            throw new InputProblem(source.name() + ": a model-info answer is one JSON object (what GET /api/models/OWNER/NAME returns).");
        }
        String id = CardFields.text(info.get("id")).or(() -> CardFields.text(info.get("modelId"))).orElseThrow(() ->
                new InputProblem(source.name() + ": has no field id — is it the Hub's model-info answer for a model?"));
        if (!InstanceIris.isHfId(id)) {
            throw new InputProblem(source.name() + ", field id: '" + id + "' is not a Hugging Face model id OWNER/NAME.");
        }
        ObjectNode card = cardData(source.name(), info.has("cardData") ? info.get("cardData") : info.get("card_data"));
        for (String field : new String[] {"library_name", "pipeline_tag"}) {
            if (!card.has(field) && CardFields.text(info.get(field)).isPresent()) {
                card.set(field, info.get(field));
            }
        }
        return new HfModelInfo(id, source.name(), "hf-api", Sha256.hex(source.bytes()), card, true,
                CardFields.text(info.get("sha")).orElse(null), files(info.get("siblings")), CardFields.texts(info.get("tags")));
    }

    private static ObjectNode cardData(String where, JsonNode node) {
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (node.isObject()) {
            return ((ObjectNode) node).deepCopy();
        }
        if (node.isTextual()) {
            return FrontMatter.parse(where + ", field cardData", node.asText(), 0);
        }
        throw new InputProblem(where + ", field cardData: expected the card metadata as a map (or its YAML as text).");
    }

    private static List<String> files(JsonNode siblings) {
        List<String> files = new ArrayList<>();
        if (siblings != null && siblings.isArray()) {
            for (JsonNode s : siblings) {
                if (s.isObject()) {
                    CardFields.text(s.get("rfilename")).ifPresent(files::add);
                } else if (s.isTextual()) {
                    Matcher m = REPO_SIBLING.matcher(s.asText());
                    if (m.find()) {
                        files.add(m.group(1));
                    }
                }
            }
        }
        return files;
    }
}
