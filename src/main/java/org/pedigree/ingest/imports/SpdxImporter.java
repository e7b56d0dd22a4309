package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.OperationDraft;
import org.pedigree.ingest.RecordDraft;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.model.InstanceIris;

/**
 * Imports SPDX 3.0.1 documents with the AI and Dataset profiles ({@link SpdxDocument}): every
 * {@code ai_AIPackage} becomes a model record and every {@code dataset_DatasetPackage} a dataset
 * record. {@code descendantOf} / {@code ancestorOf} are fine-tunes (an adapter when the model also
 * {@code dependsOn} its source; one {@code descendantOf} naming several sources is a merge),
 * {@code hasVariant} a quantization; {@code trainedOn},
 * {@code pretrainedOn}, {@code finetunedOn}, {@code testedOn} and {@code evaluatedOn} are datasets
 * of the generating operation with their roles; the declared licence (else the concluded one),
 * supplier and hyper-parameters are kept. A model with no source is a root model, unless it is
 * only the source of another.
 */
final class SpdxImporter implements Importer {
    private static final Map<String, String> DATASET_ROLES = Map.of("pretrainedOn", "pretraining", "finetunedOn", "finetuning",
            "testedOn", "test", "evaluatedOn", "evaluation", "trainedOn", "");

    private final InstanceIris iris;
    private final Knowledge knowledge;
    private final RecordReaders readers;

    SpdxImporter(InstanceIris iris, Knowledge knowledge, RecordReaders readers) {
        this.iris = iris;
        this.knowledge = knowledge;
        this.readers = readers;
    }

    /** Converts each document on its own: a bad one is a problem of the batch, the others convert. */
    @Override
    public ImportBatch convert(List<RecordSource> sources) {
        return ImportBatch.ofEach(sources, this::convert, ": holds no ai_AIPackage or dataset_DatasetPackage, so no lineage to import.");
    }

    private List<IncomingRecord> convert(RecordSource source) {
        SpdxDocument doc = SpdxDocument.read(source);
        List<IncomingRecord> converted = new ArrayList<>();
        doc.ofType("ai_AIPackage").stream().filter(p -> !onlyASource(doc, p.path("spdxId").asText()))
                .forEach(p -> converted.add(model(doc, p)));
        doc.ofType("dataset_DatasetPackage").forEach(p -> converted.add(dataset(doc, p)));
        return converted;
    }

    /**
     * A package with no source of its own that is the source of another package is described only
     * as that source (no record: it is referenced, as a Hugging Face base usually is), rather than
     * claimed to be a root model the document does not say it is.
     */
    private boolean onlyASource(SpdxDocument doc, String spdxId) {
        boolean isSource = doc.ofType("ai_AIPackage").stream().map(p -> p.path("spdxId").asText()).filter(id -> !id.equals(spdxId))
                .anyMatch(id -> bases(doc, id).containsKey(modelRef(doc, spdxId)));
        return isSource && bases(doc, spdxId).isEmpty();
    }

    private IncomingRecord model(SpdxDocument doc, JsonNode pkg) {
        String spdxId = pkg.path("spdxId").asText();
        String where = doc.where + ", " + spdxId;
        String ref = modelRef(doc, spdxId);
        RecordDraft record = RecordDraft.model(ref);
        if (!InstanceIris.isHfId(ref)) {
            record.id(ForeignIds.recordId("", ForeignIds.iri(where, "spdxId", ref)));
        }
        common(doc, pkg, record);
        Map<String, String> bases = bases(doc, spdxId);
        if (bases.isEmpty()) {
            record.root();
        } else {
            bases.forEach(record::base);
        }
        OperationDraft operation = new OperationDraft();
        List<String> kinds = bases.values().stream().distinct().toList();
        if (kinds.size() == 1) {
            operation.kind(kinds.get(0));
        }
        boolean hyperparameters = hyperparameters(pkg, operation);
        List<OperationDraft.UsedDataset> datasets = new ArrayList<>();
        DATASET_ROLES.keySet().stream().sorted().forEach(type -> doc.from(spdxId, type).forEach(r -> r.to().forEach(to -> {
            String role = DATASET_ROLES.get(type).isEmpty() ? (bases.isEmpty() ? "pretraining" : "finetuning") : DATASET_ROLES.get(type);
            OperationDraft.UsedDataset used = new OperationDraft.UsedDataset(datasetRef(doc, where, to)).role(role);
            doc.element(to).flatMap(d -> CardFields.text(d.get("name"))).ifPresent(used::name);
            datasets.add(used);
        })));
        datasets.forEach(operation::dataset);
        // An operation that says no more than the kind the derivations already say is left out.
        if (bases.isEmpty() || hyperparameters || !datasets.isEmpty()) {
            record.operation(operation);
        }
        IncomingRecord incoming = readers.fromDraft(where, record, doc.where, "spdx", doc.sha256);
        DeclaredEdges.add(incoming.graph(), doc.documentIri != null ? doc.documentIri : spdxId, modelIri(ref),
                "SPDX 3.0.1 relationship");
        return incoming;
    }

    private IncomingRecord dataset(SpdxDocument doc, JsonNode pkg) {
        String spdxId = pkg.path("spdxId").asText();
        String where = doc.where + ", " + spdxId;
        String ref = datasetRef(doc, where, spdxId);
        RecordDraft record = RecordDraft.dataset(ref);
        if (!InstanceIris.isHfId(ref)) {
            record.id(ForeignIds.recordId("dataset--", ref));
        }
        common(doc, pkg, record);
        return readers.fromDraft(where, record, doc.where, "spdx", doc.sha256);
    }

    /** Name, description, version, download location, licence and supplier. */
    private void common(SpdxDocument doc, JsonNode pkg, RecordDraft record) {
        String spdxId = pkg.path("spdxId").asText();
        CardFields.text(pkg.get("name")).ifPresent(record::name);
        CardFields.text(pkg.get("description")).or(() -> CardFields.text(pkg.get("summary"))).ifPresent(record::description);
        CardFields.text(pkg.get("software_packageVersion")).ifPresent(record::version);
        CardFields.text(pkg.get("software_downloadLocation")).filter(v -> v.startsWith("http://") || v.startsWith("https://"))
                .ifPresent(record::url);
        List<SpdxDocument.Relationship> licences = doc.from(spdxId, "hasDeclaredLicense");
        if (licences.isEmpty()) {
            licences = doc.from(spdxId, "hasConcludedLicense");
        }
        licences.stream().flatMap(r -> r.to().stream()).findFirst().ifPresent(l -> record.licence(licence(doc, l)));
        CardFields.text(pkg.get("suppliedBy")).flatMap(doc::element).ifPresent(agent -> record.attributedTo(agent(agent)));
    }

    private Map<String, String> bases(SpdxDocument doc, String spdxId) {
        Map<String, String> bases = new LinkedHashMap<>();
        List<String> dependsOn = doc.from(spdxId, "dependsOn").stream().flatMap(r -> r.to().stream()).toList();
        doc.from(spdxId, "descendantOf").forEach(r -> r.to().forEach(to -> bases.put(modelRef(doc, to),
                dependsOn.contains(to) ? "adapter" : r.to().size() > 1 ? "merge" : "finetune")));
        doc.to(spdxId, "ancestorOf").forEach(r -> bases.put(modelRef(doc, r.from()), dependsOn.contains(r.from()) ? "adapter" : "finetune"));
        doc.to(spdxId, "hasVariant").forEach(r -> bases.put(modelRef(doc, r.from()), "quantized"));
        return bases;
    }

    private String modelRef(SpdxDocument doc, String spdxId) {
        return doc.element(spdxId).flatMap(e -> ForeignIds.hubModel(ForeignIds.text(e, "software_downloadLocation"),
                ForeignIds.text(e, "software_packageUrl"))).orElse(spdxId);
    }

    private String datasetRef(SpdxDocument doc, String where, String spdxId) {
        return doc.element(spdxId).flatMap(e -> ForeignIds.hubDataset(ForeignIds.text(e, "software_downloadLocation")))
                .orElseGet(() -> ForeignIds.iri(where, "dataset", spdxId));
    }

    private String modelIri(String ref) {
        return InstanceIris.isHfId(ref) ? iris.modelOfHfId(ref) : ref;
    }

    /** An SPDX licence IRI or expression as a licence Pedigree knows, else its IRI. */
    private String licence(SpdxDocument doc, String licence) {
        String expression = doc.element(licence).flatMap(e -> CardFields.text(e.get("simplelicensing_licenseExpression")))
                .orElse(licence.startsWith("https://spdx.org/licenses/") ? licence.substring("https://spdx.org/licenses/".length()) : null);
        return expression != null && knowledge.licenceIri(expression).isPresent() ? expression : ForeignIds.iri(doc.where, "licence", licence);
    }

    private static RecordDraft.Agent agent(JsonNode agent) {
        String name = CardFields.text(agent.get("name")).orElse(agent.path("spdxId").asText());
        String id = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
        id = id.isEmpty() ? "agent" : id;
        return agent.path("type").asText().equals("Person") ? RecordDraft.Agent.person(id, name) : RecordDraft.Agent.organization(id, name);
    }

    /** Adds the package's hyper-parameters; true if it lists any (even with no usable key), so the record has an operation. */
    private static boolean hyperparameters(JsonNode pkg, OperationDraft operation) {
        JsonNode entries = pkg.get("ai_hyperparameter");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            return false;
        }
        entries.forEach(e -> CardFields.text(e.get("key")).ifPresent(k -> operation.hyperparameter(k, e.path("value").asText())));
        return true;
    }
}
