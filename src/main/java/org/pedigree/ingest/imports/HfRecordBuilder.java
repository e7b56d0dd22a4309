package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.OperationDraft;
import org.pedigree.ingest.RecordDraft;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.model.InstanceIris;

/**
 * Turns what is known about one Hugging Face model ({@link HfModelInfo}) into a Pedigree record:
 * first a {@link RecordDraft} (model, licence, bases with their kinds, the datasets of the
 * operation), mapped like a record file, then the facts that format has no field for
 * ({@link HfFacts}). A card without bases makes a root model; a card naming itself as its base,
 * a base that is not a Hub id and an unknown relation are refused.
 */
final class HfRecordBuilder {
    private final InstanceIris iris;
    private final Knowledge knowledge;
    private final RecordReaders readers;
    private final RelationInference inference;

    HfRecordBuilder(InstanceIris iris, Knowledge knowledge, RecordReaders readers) {
        this.iris = iris;
        this.knowledge = knowledge;
        this.readers = readers;
        this.inference = new RelationInference(knowledge.derivationKindEvidence());
    }

    IncomingRecord build(HfModelInfo info, HfIds ids) {
        String where = info.where();
        String model = ids.canonical(info.id());
        Map<String, RelationInference.Decision> bases = bases(info, ids, model);
        RecordDraft record = RecordDraft.model(model);
        licence(info).ifPresent(record::licence);
        if (bases.isEmpty()) {
            record.root();
        } else {
            bases.forEach((base, decision) -> record.base(base, decision.kind()));
        }
        List<String> datasets = new ArrayList<>();
        for (String d : CardFields.strictTexts(where, "datasets", info.card().get("datasets"))) {
            datasets.add(HfIds.dataset(where, d));
        }
        if (!datasets.isEmpty() || bases.isEmpty()) {
            OperationDraft operation = new OperationDraft();
            List<String> kinds = bases.values().stream().map(RelationInference.Decision::kind).distinct().toList();
            if (kinds.size() == 1) {
                operation.kind(kinds.get(0));
            }
            datasets.stream().distinct().forEach(d -> operation.dataset(new OperationDraft.UsedDataset(d)));
            record.operation(operation);
        }
        IncomingRecord incoming = readers.fromDraft(where, record, where, info.format(), info.sha256());
        new HfFacts(iris, ids).add(incoming.graph(), info, model, bases);
        return incoming;
    }

    /** Base reference → decision, in the card's order. */
    private Map<String, RelationInference.Decision> bases(HfModelInfo info, HfIds ids, String model) {
        String where = info.where();
        Map<String, String> hubTagged = new LinkedHashMap<>();
        for (String tag : info.hubTags()) {
            String[] parts = tag.split(":", 3);
            if (parts.length == 3 && parts[0].equals("base_model") && RelationInference.RELATIONS.contains(parts[1])) {
                hubTagged.put(ids.canonical(HfIds.reference(where, "tags", parts[2])), parts[1]);
            }
        }
        List<String> declared = new ArrayList<>(hubTagged.keySet());
        if (declared.isEmpty()) {
            for (String b : CardFields.strictTexts(where, "base_model", info.card().get("base_model"))) {
                String ref = ids.canonical(HfIds.reference(where, "base_model", b));
                if (!declared.contains(ref)) {
                    declared.add(ref);
                }
            }
        }
        String stated = CardFields.text(info.card().get("base_model_relation")).orElse(null);
        if (info.card().has("base_model_relation") && !info.card().get("base_model_relation").isValueNode()) {
            throw new InputProblem(where + ", field base_model_relation: one of adapter, merge, quantized or finetune, not a list or map.");
        }
        Map<String, RelationInference.Decision> decided = new LinkedHashMap<>();
        for (String base : declared) {
            if (HfIds.sameModel(base, model)) {
                throw new InputProblem(where + ", field base_model: the card names its own model (" + base
                        + ") as its base — a model cannot derive from itself; name the model it was made from.");
            }
            decided.put(base, inference.decide(info, hubTagged.get(base), stated, declared.size()));
        }
        return decided;
    }

    private Optional<String> licence(HfModelInfo info) {
        Optional<String> id = CardFields.texts(info.card().get("license")).stream().findFirst();
        if (id.isEmpty()) {
            id = info.hubTags().stream().filter(t -> t.startsWith("license:")).map(t -> t.substring("license:".length())).findFirst();
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String licence = id.get().toLowerCase(Locale.ROOT);
        if (licence.equals("other")) {
            Optional<String> named = CardFields.text(info.card().get("license_name"))
                    .flatMap(knowledge::licenceIri);
            if (named.isPresent()) {
                return named;
            }
            Optional<String> link = CardFields.text(info.card().get("license_link")).map(l -> HfFacts.hubUrl(info, l));
            if (link.isPresent()) {
                return link;
            }
        }
        if (knowledge.licenceIri(licence).isEmpty()) {
            throw new InputProblem(info.where() + ", field license: '" + id.get() + "' is not a Hugging Face licence id — use one of "
                    + "the Hub's ids (apache-2.0, mit, llama3 …), or other with license_name and license_link.");
        }
        return Optional.of(licence);
    }
}
