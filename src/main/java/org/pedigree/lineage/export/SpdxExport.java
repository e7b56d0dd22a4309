package org.pedigree.lineage.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A model as an SPDX 3.0.1 JSON-LD document with the AI and Dataset profiles: the model and its
 * sources as {@code ai_AIPackage}s, a fine-tune {@code descendantOf} its source, a merge one
 * {@code descendantOf} listing all its sources, an adapter also {@code dependsOn} its source, a
 * quantization its source's {@code hasVariant}; datasets as {@code dataset_DatasetPackage}s the
 * model was {@code trainedOn} (pre-training, fine-tuning, preference, validation) or
 * {@code testedOn} (test, evaluation); the licence as {@code hasDeclaredLicense}. SPDX 3.0.1 has
 * no narrower kinds: a relationship's {@code comment} names the Pedigree kind for people.
 */
final class SpdxExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String HUB = "https://huggingface.co/";
    private static final String CREATION = "_:creationinfo";

    private final ExportedModel m;
    private final ArrayNode graph = JsonNodeFactory.instance.arrayNode();
    private int relationships;

    private SpdxExport(ExportedModel m) {
        this.m = m;
    }

    static String write(ExportedModel m, Instant now) {
        return new SpdxExport(m).document(now);
    }

    private String document(Instant now) {
        String agent = m.iri() + "#pedigree";
        graph.addObject().put("type", "CreationInfo").put("@id", CREATION).put("specVersion", "3.0.1")
                .put("created", now.truncatedTo(ChronoUnit.SECONDS).toString()).putArray("createdBy").add(agent);
        graph.addObject().put("type", "SoftwareAgent").put("spdxId", agent).put("creationInfo", CREATION).put("name", "Pedigree");
        ObjectNode doc = graph.addObject().put("type", "SpdxDocument").put("spdxId", m.iri() + "#spdx-document").put("creationInfo", CREATION);
        List.of("core", "software", "ai", "dataset").forEach(doc.putArray("profileConformance")::add);
        doc.putArray("rootElement").add(m.iri());
        ObjectNode model = aiPackage(m.iri(), m.hfId(), m.label());
        put(model, "description", m.description());
        put(model, "software_packageVersion", m.version());
        List<ExportedModel.Base> merged = m.bases().stream().filter(b -> "merge".equals(b.relation())).toList();
        for (ExportedModel.Base b : m.bases()) {
            aiPackage(b.iri(), b.hfId(), b.hfId() != null ? b.hfId() : b.iri());
            switch (b.relation() == null ? "finetune" : b.relation()) {
                case "quantized" -> relationship(b.iri(), "hasVariant", List.of(m.iri()), b);
                case "adapter" -> {
                    relationship(m.iri(), "descendantOf", List.of(b.iri()), b);
                    relationship(m.iri(), "dependsOn", List.of(b.iri()), b);
                }
                case "merge" -> { }
                default -> relationship(m.iri(), "descendantOf", List.of(b.iri()), b);
            }
        }
        if (!merged.isEmpty()) {
            relationship(m.iri(), "descendantOf", merged.stream().map(ExportedModel.Base::iri).toList(), merged.get(0));
        }
        datasets();
        licence();
        try {
            ObjectNode root = JsonNodeFactory.instance.objectNode().put("@context", "https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
            root.set("@graph", graph);
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode aiPackage(String iri, String hfId, String name) {
        ObjectNode p = graph.addObject().put("type", "ai_AIPackage").put("spdxId", iri).put("creationInfo", CREATION).put("name", name);
        p.put("software_downloadLocation", hfId != null ? HUB + hfId : iri);
        return p;
    }

    private void datasets() {
        List<String> seen = new ArrayList<>();
        for (ExportedModel.UsedDataset d : m.datasets()) {
            if (!seen.contains(d.iri())) {
                seen.add(d.iri());
                graph.addObject().put("type", "dataset_DatasetPackage").put("spdxId", d.iri()).put("creationInfo", CREATION)
                        .put("name", d.name() != null ? d.name() : d.hfId() != null ? d.hfId() : d.iri())
                        .put("software_downloadLocation", d.hfId() != null ? HUB + "datasets/" + d.hfId() : d.iri())
                        .putArray("dataset_datasetType").add("noAssertion");
            }
            String role = d.roleSlug() == null ? "" : d.roleSlug();
            String type = role.equals("test") || role.equals("evaluation") ? "testedOn" : "trainedOn";
            ObjectNode r = relationship(m.iri(), type, List.of(d.iri()), null);
            if (!role.isEmpty()) {
                r.put("comment", "Pedigree dataset role: " + d.role());
            }
        }
    }

    private void licence() {
        if (m.licence() == null) {
            return;
        }
        String id = m.spdxLicence() != null ? "https://spdx.org/licenses/" + m.spdxLicence() : m.licence();
        String expression = m.spdxLicence() != null ? m.spdxLicence()
                : "LicenseRef-" + (m.hfLicence() != null ? m.hfLicence() : m.licence().replaceAll("^.*[/#]", "")).replaceAll("[^A-Za-z0-9.-]", "-");
        graph.addObject().put("type", "simplelicensing_LicenseExpression").put("spdxId", id).put("creationInfo", CREATION)
                .put("simplelicensing_licenseExpression", expression);
        relationship(m.iri(), "hasDeclaredLicense", List.of(id), null);
    }

    private ObjectNode relationship(String from, String type, List<String> to, ExportedModel.Base kind) {
        ObjectNode r = graph.addObject().put("type", "Relationship").put("spdxId", m.iri() + "#relationship-" + (++relationships))
                .put("creationInfo", CREATION).put("from", from).put("relationshipType", type);
        to.forEach(r.putArray("to")::add);
        if (kind != null) {
            r.put("comment", "Pedigree derivation kind: " + kind.kind());
        }
        return r;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
