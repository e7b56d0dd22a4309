package org.pedigree.lineage.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A model as a CycloneDX 1.6 ML-BOM: a {@code machine-learning-model} component (purl
 * {@code pkg:huggingface/…} for a Hub model) whose {@code pedigree.ancestors} are its sources,
 * {@code modelCard.modelParameters.datasets} references to {@code data} components, and licence
 * and supplier. CycloneDX has no kind of derivation and no dataset role: they are kept as
 * properties {@value #KIND} on each ancestor and {@value #ROLE} ("DATASET-IRI ROLE-IRI") on the
 * model, which the importer reads back.
 */
final class CycloneDxExport {
    /** Property of an ancestor: the IRI of the kind of derivation. */
    static final String KIND = "pedigree:derivationKind";
    /** Property of a model: a dataset IRI and the IRI of its role, separated by a space. */
    static final String ROLE = "pedigree:datasetRole";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CycloneDxExport() {}

    static String write(ExportedModel m, Instant now) {
        ObjectNode bom = NODES.objectNode().put("bomFormat", "CycloneDX").put("specVersion", "1.6")
                .put("serialNumber", "urn:uuid:" + UUID.nameUUIDFromBytes((m.iri() + now).getBytes(StandardCharsets.UTF_8)))
                .put("version", 1);
        ObjectNode metadata = bom.putObject("metadata").put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
        metadata.putObject("tools").putArray("components").addObject().put("type", "application").put("name", "Pedigree");
        ArrayNode components = bom.putArray("components");
        ObjectNode model = component(components, "machine-learning-model", m.iri(), m.hfId(), m.label());
        put(model, "version", m.version());
        put(model, "description", m.description());
        if (m.agent() != null) {
            model.putObject("supplier").put("name", m.agent());
        }
        if (m.licence() != null) {
            ObjectNode licence = model.putArray("licenses").addObject().putObject("license");
            if (m.spdxLicence() != null) {
                licence.put("id", m.spdxLicence());
            } else {
                licence.put("name", m.hfLicence() != null ? m.hfLicence() : m.licence()).put("url", m.licence());
            }
        }
        if (!m.bases().isEmpty()) {
            ArrayNode ancestors = model.putObject("pedigree").putArray("ancestors");
            for (ExportedModel.Base b : m.bases()) {
                ObjectNode ancestor = named(ancestors.addObject().put("type", "machine-learning-model").put("bom-ref", b.iri()), b.hfId(),
                        b.hfId() != null ? b.hfId() : b.iri());
                ancestor.putArray("properties").addObject().put("name", KIND).put("value", b.kind());
            }
        }
        ObjectNode parameters = model.putObject("modelCard").putObject("modelParameters");
        put(parameters, "task", m.task());
        ArrayNode datasets = parameters.putArray("datasets");
        List<String> seen = new ArrayList<>();
        ArrayNode properties = NODES.arrayNode();
        for (ExportedModel.UsedDataset d : m.datasets()) {
            if (!seen.contains(d.iri())) {
                seen.add(d.iri());
                datasets.addObject().put("ref", d.iri());
                String name = d.name() != null ? d.name() : d.iri();
                ObjectNode data = component(components, "data", d.iri(), d.hfId(), name);
                data.putArray("data").addObject().put("type", "dataset").put("name", name).putObject("contents")
                        .put("url", d.hfId() != null ? "https://huggingface.co/datasets/" + d.hfId() : d.iri());
            }
            if (d.role() != null) {
                properties.addObject().put("name", ROLE).put("value", d.iri() + " " + d.role());
            }
        }
        if (!properties.isEmpty()) {
            model.set("properties", properties);
        }
        try {
            return JSON.writeValueAsString(bom);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode component(ArrayNode components, String type, String iri, String hfId, String name) {
        return named(components.addObject().put("bom-ref", iri).put("type", type), hfId, name);
    }

    /** Group and name (and a purl for a model) from a Hub id, else the name alone. */
    private static ObjectNode named(ObjectNode component, String hfId, String name) {
        if (hfId != null) {
            String[] parts = hfId.split("/", 2);
            component.put("group", parts[0]).put("name", parts[1]);
            if (component.path("type").asText().equals("machine-learning-model")) {
                component.put("purl", "pkg:huggingface/" + hfId);
            }
        } else {
            component.put("name", name);
        }
        return component;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
