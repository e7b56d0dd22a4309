package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.KindEvidence;
import org.pedigree.vocab.PED;

/**
 * Decides the kind of a declared derivation the way the Hugging Face Hub files it: the Hub's own
 * tag {@code base_model:<relation>:<id>} first, then the card's {@code base_model_relation}, else
 * inference from evidence in the tags, library and file names, with the evidence patterns of
 * ontology/kinds.ttl tried by relation priority (adapter, merge, quantized) and finetune as the
 * default. A merge needs two or more bases. The model's name is not evidence of the relation (the
 * Hub files GGUF-, LoRA- and bf16-named repositories as finetune when their files and metadata say
 * nothing else, see docs/import-hf.md); within the relation, the one narrower kind whose patterns
 * match any evidence, the name included, refines it (several or none: the relation itself).
 */
final class RelationInference {
    /** The four Hugging Face relations. */
    static final Set<String> RELATIONS = Set.of("finetune", "adapter", "merge", "quantized");

    /** The kind of one derivation, how it was decided and on which evidence. */
    record Decision(String relation, String kind, Resource basis, List<String> evidence) {}

    /**
     * Evidence of a weight-preserving conversion (bf16, MLX, OpenVINO …) does not make the Hub file a
     * repository as quantized: it files conversions as finetune (kinds.ttl, kind:finetune scope note).
     */
    private static final String CONVERSION = "format-conversion";

    private final List<KindEvidence> kinds;

    RelationInference(List<KindEvidence> kinds) {
        this.kinds = kinds;
    }

    /**
     * @param hubRelation the relation of the Hub's tag for this base, or null
     * @param stated      the card's base_model_relation, or null
     * @param bases       how many bases the model declares
     */
    Decision decide(HfModelInfo info, String hubRelation, String stated, int bases) {
        List<String[]> evidence = evidence(info);
        if (hubRelation != null) {
            return refined(hubRelation, PED.HubTagRelation, List.of("tag base_model:" + hubRelation), evidence);
        }
        if (stated != null) {
            String relation = stated.strip().toLowerCase(Locale.ROOT);
            if (!RELATIONS.contains(relation)) {
                throw new InputProblem(info.where() + ", field base_model_relation: '" + stated
                        + "' is not a Hugging Face relation — use adapter, merge, quantized or finetune.");
            }
            return refined(relation, PED.StatedRelation, List.of("base_model_relation: " + relation), evidence);
        }
        for (KindEvidence top : kinds.stream().filter(KindEvidence::top).toList()) {
            if (top.hfRelation().equals("finetune") || (top.hfRelation().equals("merge") && bases < 2)) {
                continue;
            }
            List<String> found = found(evidence.stream().filter(e -> !e[0].equals("name")).toList(), kinds.stream()
                    .filter(k -> k.hfRelation().equals(top.hfRelation()) && !k.slug().equals(CONVERSION)).toList());
            if (!found.isEmpty()) {
                return refined(top.hfRelation(), PED.InferredRelation, found, evidence);
            }
        }
        return refined("finetune", PED.InferredRelation, List.of(), evidence);
    }

    private Decision refined(String relation, Resource basis, List<String> why, List<String[]> evidence) {
        List<KindEvidence> narrower = kinds.stream().filter(k -> !k.top() && k.hfRelation().equals(relation))
                .filter(k -> !found(evidence, List.of(k)).isEmpty()).toList();
        String kind = narrower.size() == 1 ? narrower.get(0).slug() : relation;
        List<String> all = new ArrayList<>(why);
        if (narrower.size() == 1) {
            found(evidence, narrower).stream().filter(e -> !all.contains(e)).forEach(all::add);
        }
        return new Decision(relation, kind, basis, List.copyOf(all));
    }

    private static List<String> found(List<String[]> evidence, List<KindEvidence> candidates) {
        List<String> found = new ArrayList<>();
        for (String[] e : evidence) {
            if (candidates.stream().anyMatch(k -> k.matches(e[1]))) {
                found.add(e[0] + " " + e[1]);
            }
        }
        return found;
    }

    /** (what, text) pairs: tags (not the base_model tags), the library, the model id and the file names. */
    private static List<String[]> evidence(HfModelInfo info) {
        List<String[]> evidence = new ArrayList<>();
        List<String> tags = new ArrayList<>(CardFields.texts(info.card().get("tags")));
        tags.addAll(info.hubTags());
        tags.stream().filter(t -> !t.startsWith("base_model:")).distinct().forEach(t -> evidence.add(new String[] {"tag", t}));
        CardFields.text(info.card().get("library_name")).ifPresent(l -> evidence.add(new String[] {"library", l}));
        evidence.add(new String[] {"name", info.id()});
        info.files().forEach(f -> evidence.add(new String[] {"file", f}));
        return evidence;
    }
}
