package org.pedigree.lineage.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * A model as the YAML front matter of a Hugging Face model card: {@code base_model} (Hub ids),
 * {@code base_model_relation} stated explicitly, {@code license} (a Hub licence id, else
 * {@code other} with the licence IRI as {@code license_link}), {@code datasets},
 * {@code pipeline_tag}, {@code library_name}, {@code language} and {@code new_version}. What a card
 * cannot say (a narrower kind, bases of different relations, a base or dataset not on the Hub) is
 * written as a YAML comment at the top.
 */
final class HfCardExport {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());

    /** Where the Hub keeps datasets whose id has no owner ({@code squad}). */
    private static final String HUB_DATASETS = "https://huggingface.co/datasets/";

    private HfCardExport() {}

    static String write(ExportedModel m) {
        List<String> notes = new ArrayList<>();
        ObjectNode card = JsonNodeFactory.instance.objectNode();
        List<String> bases = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (ExportedModel.Base b : m.bases()) {
            if (b.hfId() == null) {
                notes.add("base " + b.iri() + " (" + b.kindSlug() + ") is not a Hub model, so a card cannot name it");
                continue;
            }
            bases.add(b.hfId());
            if (!relations.contains(b.relation())) {
                relations.add(b.relation());
            }
            if (!b.kindSlug().equals(b.relation())) {
                notes.add("the derivation from " + b.hfId() + " is " + b.kindSlug() + ", written as its Hub relation " + b.relation());
            }
        }
        if (bases.size() == 1) {
            card.put("base_model", bases.get(0));
        } else if (!bases.isEmpty()) {
            bases.forEach(card.putArray("base_model")::add);
        }
        if (relations.size() == 1) {
            card.put("base_model_relation", relations.get(0));
        } else if (relations.size() > 1) {
            notes.add("the bases have different relations (" + String.join(", ", relations) + "); a card states one, so none is written");
        }
        licence(m, card);
        Set<String> datasets = new LinkedHashSet<>();
        for (ExportedModel.UsedDataset d : m.datasets()) {
            String id = d.hfId() != null ? d.hfId() : d.iri().startsWith(HUB_DATASETS) ? d.iri().substring(HUB_DATASETS.length()) : null;
            if (id == null) {
                notes.add("dataset " + d.iri() + " is not a Hub dataset, so a card cannot name it");
            } else {
                datasets.add(id);
            }
        }
        if (!datasets.isEmpty()) {
            datasets.forEach(card.putArray("datasets")::add);
        }
        put(card, "pipeline_tag", m.task());
        put(card, "library_name", m.library());
        if (!m.languages().isEmpty()) {
            m.languages().forEach(card.putArray("language")::add);
        }
        if (m.newVersion() != null) {
            put(card, "new_version", hubId(m.newVersion(), m));
        }
        StringBuilder out = new StringBuilder("---\n");
        notes.forEach(n -> out.append("# not expressible: ").append(n).append('\n'));
        try {
            out.append(card.isEmpty() ? "" : YAML.writeValueAsString(card));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.append("---\n").toString();
    }

    private static void licence(ExportedModel m, ObjectNode card) {
        if (m.hfLicence() != null) {
            card.put("license", m.hfLicence());
        } else if (m.licence() != null) {
            card.put("license", "other");
            card.put("license_link", m.licence());
        }
    }

    /** The Hub id of a model IRI of the same base as {@code m}, else the IRI. */
    private static String hubId(String iri, ExportedModel m) {
        if (m.hfId() != null && m.iri().endsWith(m.hfId())) {
            String prefix = m.iri().substring(0, m.iri().length() - m.hfId().length());
            if (iri.startsWith(prefix)) {
                return iri.substring(prefix.length());
            }
        }
        return iri;
    }

    private static void put(ObjectNode card, String field, String value) {
        if (value != null) {
            card.put(field, value);
        }
    }
}
