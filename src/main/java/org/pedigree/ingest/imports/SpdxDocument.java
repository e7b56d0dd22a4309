package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.SafeYaml;
import org.pedigree.ingest.Sources;
import org.pedigree.model.Sha256;

/**
 * An SPDX 3.0.1 document in its JSON-LD serialization, read as the compact JSON the SPDX context
 * defines ({@code type}, {@code spdxId}, {@code from}, {@code to}, {@code relationshipType} …).
 * The context must be the SPDX 3.0.1 context named by its URL: it is recognised, never fetched;
 * any other context is refused, since its terms could mean anything.
 */
final class SpdxDocument {
    static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
    private static final ObjectMapper JSON = SafeYaml.jsonMapper();

    /** A relationship: {@code from} {@code type} each of {@code to}. */
    record Relationship(String from, String type, List<String> to, String completeness) {}

    final String where;
    final String sha256;
    final String documentIri;
    private final Map<String, JsonNode> elements = new LinkedHashMap<>();
    private final List<Relationship> relationships = new ArrayList<>();

    private SpdxDocument(String where, String sha256, JsonNode graph) {
        this.where = where;
        this.sha256 = sha256;
        String document = null;
        for (JsonNode element : graph) {
            String type = element.path("type").asText();
            String id = element.path("spdxId").asText(null);
            if (type.equals("Relationship") || type.equals("LifecycleScopedRelationship")) {
                relationships.add(new Relationship(element.path("from").asText(), element.path("relationshipType").asText(),
                        CardFields.texts(element.get("to")), element.path("completeness").asText(null)));
            } else if (id != null) {
                elements.put(id, element);
                if (type.equals("SpdxDocument")) {
                    document = id;
                }
            }
        }
        this.documentIri = document;
    }

    static SpdxDocument read(RecordSource source) {
        String text = Sources.utf8(source);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputProblem(source.name() + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON — " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("@graph").isArray()) {
            throw new InputProblem(source.name() + ": an SPDX 3 JSON-LD document is one object with \"@context\" and \"@graph\".");
        }
        JsonNode context = root.get("@context");
        if (context == null || !context.isTextual() || !context.asText().equals(CONTEXT)) {
            throw new InputProblem(source.name() + ", field @context: " + (context == null ? "missing" : "'" + abbreviate(context) + "'")
                    + " is not the SPDX 3.0.1 context — Pedigree reads SPDX 3.0.1 documents whose \"@context\" is \"" + CONTEXT
                    + "\" (other contexts are never fetched).");
        }
        return new SpdxDocument(source.name(), Sha256.hex(source.bytes()), root.get("@graph"));
    }

    private static String abbreviate(JsonNode context) {
        String text = context.isTextual() ? context.asText() : context.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** The elements of one type ({@code ai_AIPackage}, {@code dataset_DatasetPackage} …), in document order. */
    List<JsonNode> ofType(String type) {
        return elements.values().stream().filter(e -> e.path("type").asText().equals(type)).toList();
    }

    Optional<JsonNode> element(String spdxId) {
        return Optional.ofNullable(elements.get(spdxId));
    }

    /** The relationships of a type from {@code from}. */
    List<Relationship> from(String from, String type) {
        return relationships.stream().filter(r -> r.from().equals(from) && r.type().equals(type)).toList();
    }

    /** The relationships of a type that reach {@code to}. */
    List<Relationship> to(String to, String type) {
        return relationships.stream().filter(r -> r.type().equals(type) && r.to().contains(to)).toList();
    }
}
