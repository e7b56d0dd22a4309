package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.OperationDraft;
import org.pedigree.ingest.RecordDraft;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.SafeYaml;
import org.pedigree.ingest.Sources;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.Sha256;

/**
 * Imports CycloneDX ML-BOMs (JSON, spec 1.5 to 1.7): every {@code machine-learning-model}
 * component becomes a model record, every {@code data} component a dataset record. A model is
 * named by its package URL {@code pkg:huggingface/…}, else by {@code group/name} as a Hub id;
 * {@code pedigree.ancestors} are its sources (fine-tunes, as CycloneDX does not say the kind, unless
 * an ancestor carries Pedigree's property {@code pedigree:derivationKind}),
 * {@code modelCard.modelParameters.datasets} the datasets of its operation (a reference to a data
 * component, or inline with a URL; roles from the model's {@code pedigree:datasetRole} properties);
 * licences, version, description and supplier are kept. A model without ancestors is a root model.
 */
final class CycloneDxImporter implements Importer {
    private static final ObjectMapper MAPPER = SafeYaml.jsonMapper();
    private static final Set<String> VERSIONS = Set.of("1.5", "1.6", "1.7");
    /** Pedigree's properties: the kind of an ancestor's derivation, and a dataset's role ("DATASET ROLE-IRI"). */
    private static final String KIND = "pedigree:derivationKind";
    private static final String ROLE = "pedigree:datasetRole";

    private final InstanceIris iris;
    private final Knowledge knowledge;
    private final RecordReaders readers;

    CycloneDxImporter(InstanceIris iris, Knowledge knowledge, RecordReaders readers) {
        this.iris = iris;
        this.knowledge = knowledge;
        this.readers = readers;
    }

    /** Converts each BOM on its own: a bad one is a problem of the batch, the others convert. */
    @Override
    public ImportBatch convert(List<RecordSource> sources) {
        return ImportBatch.ofEach(sources, this::convert, ": holds no machine-learning-model or data component, so no lineage to import.");
    }

    private List<IncomingRecord> convert(RecordSource source) {
        JsonNode bom = parse(source);
        String sha256 = Sha256.hex(source.bytes());
        String bomLink = CardFields.text(bom.get("serialNumber")).filter(n -> n.startsWith("urn:uuid:"))
                .map(n -> "urn:cdx:" + n.substring("urn:uuid:".length()) + "/" + bom.path("version").asInt(1))
                .orElse("urn:sha256:" + sha256);
        Map<String, JsonNode> byRef = new LinkedHashMap<>();
        List<JsonNode> components = new ArrayList<>();
        collect(bom.get("components"), components, byRef);
        List<IncomingRecord> records = new ArrayList<>();
        for (JsonNode c : components) {
            String where = source.name() + ", component " + CardFields.text(c.get("bom-ref")).orElse(c.path("name").asText());
            switch (c.path("type").asText()) {
                case "machine-learning-model" -> records.add(model(where, c, byRef, source.name(), sha256, bomLink));
                case "data" -> records.add(readers.fromDraft(where, dataset(where, c), source.name(), "cyclonedx", sha256));
                default -> { }
            }
        }
        return records;
    }

    private static JsonNode parse(RecordSource source) {
        JsonNode bom;
        try {
            bom = MAPPER.readTree(Sources.utf8(source));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputProblem(source.name() + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON — " + e.getOriginalMessage(), e);
        }
        if (bom == null || !bom.isObject() || !"CycloneDX".equals(bom.path("bomFormat").asText())) {
            throw new InputProblem(source.name() + ": not a CycloneDX BOM — a JSON object with \"bomFormat\": \"CycloneDX\".");
        }
        String version = bom.path("specVersion").asText();
        if (!VERSIONS.contains(version)) {
            throw new InputProblem(source.name() + ", field specVersion: '" + version + "' — Pedigree reads CycloneDX 1.5, 1.6 and 1.7 ML-BOMs.");
        }
        return bom;
    }

    private static void collect(JsonNode list, List<JsonNode> components, Map<String, JsonNode> byRef) {
        if (list != null && list.isArray()) {
            for (JsonNode c : list) {
                components.add(c);
                CardFields.text(c.get("bom-ref")).ifPresent(ref -> byRef.put(ref, c));
                collect(c.get("components"), components, byRef);
            }
        }
    }

    /** @param bomLink the BOM as a CycloneDX BOM-Link ({@code urn:cdx:SERIAL/VERSION}), what declared the edges */
    private IncomingRecord model(String where, JsonNode c, Map<String, JsonNode> byRef, String sourceName, String sha256, String bomLink) {
        String model = CycloneDxNames.model(where, c);
        RecordDraft record = RecordDraft.model(model);
        if (!InstanceIris.isHfId(model)) {
            record.id(ForeignIds.recordId("", model));
        }
        common(c, record);
        List<String> kinds = new ArrayList<>();
        for (JsonNode ancestor : c.path("pedigree").path("ancestors")) {
            JsonNode resolved = CardFields.text(ancestor.get("ref")).map(byRef::get).orElse(ancestor);
            String kind = CycloneDxNames.property(resolved, KIND).map(k -> k.substring(k.lastIndexOf('/') + 1))
                    .filter(k -> knowledge.kindIri(k, true).isPresent()).orElse("finetune");
            record.base(CycloneDxNames.model(where + ", pedigree.ancestors", resolved), kind);
            kinds.add(kind);
        }
        OperationDraft operation = new OperationDraft();
        if (kinds.isEmpty()) {
            record.root();
        } else if (kinds.stream().distinct().count() == 1) {
            operation.kind(kinds.get(0));
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (JsonNode p : c.path("properties")) {
            if (ROLE.equals(p.path("name").asText()) && p.path("value").asText().contains(" ")) {
                String[] v = p.path("value").asText().split(" ", 2);
                roles.put(v[0], v[1].substring(v[1].lastIndexOf('/') + 1));
            }
        }
        List<OperationDraft.UsedDataset> datasets = new ArrayList<>();
        for (JsonNode d : c.path("modelCard").path("modelParameters").path("datasets")) {
            String bomRef = CardFields.text(d.get("ref")).orElse(null);
            JsonNode data = bomRef == null ? d : byRef.getOrDefault(bomRef, d);
            CycloneDxNames.dataset(data).ifPresent(ref -> {
                OperationDraft.UsedDataset used = new OperationDraft.UsedDataset(ref);
                CardFields.text(data.get("name")).ifPresent(used::name);
                if (bomRef != null && roles.containsKey(bomRef) && knowledge.roleIri(roles.get(bomRef)).isPresent()) {
                    used.role(roles.get(bomRef));
                }
                datasets.add(used);
            });
        }
        datasets.forEach(operation::dataset);
        if (kinds.isEmpty() || !datasets.isEmpty()) {
            record.operation(operation);
        }
        IncomingRecord incoming = readers.fromDraft(where, record, sourceName, "cyclonedx", sha256);
        DeclaredEdges.add(incoming.graph(), bomLink, InstanceIris.isHfId(model) ? iris.modelOfHfId(model) : model,
                "CycloneDX pedigree.ancestors");
        return incoming;
    }

    private RecordDraft dataset(String where, JsonNode c) {
        String ref = CycloneDxNames.dataset(c).orElseThrow(() -> new InputProblem(where + ": a data component needs a Hub dataset purl, "
                + "group and name, or contents.url, so it can be named."));
        RecordDraft record = RecordDraft.dataset(ref);
        if (!InstanceIris.isHfId(ref)) {
            record.id(ForeignIds.recordId("dataset--", ref));
        }
        common(c, record);
        return record;
    }

    /** Name, description, version, licence and supplier. */
    private void common(JsonNode c, RecordDraft record) {
        CardFields.text(c.get("name")).ifPresent(record::name);
        CardFields.text(c.get("description")).ifPresent(record::description);
        CardFields.text(c.get("version")).ifPresent(record::version);
        licence(c.get("licenses")).ifPresent(record::licence);
        Optional<String> supplier = CardFields.text(c.path("supplier").get("name")).or(() -> CardFields.text(c.get("publisher")));
        supplier.ifPresent(s -> record.attributedTo(RecordDraft.Agent.organization(
                s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", ""), s)));
    }

    /** The first licence: an SPDX id or name Pedigree knows, else its URL. */
    private Optional<String> licence(JsonNode licenses) {
        if (licenses == null || !licenses.isArray() || licenses.isEmpty()) {
            return Optional.empty();
        }
        JsonNode first = licenses.get(0);
        JsonNode licence = first.path("license");
        for (String key : new String[] {"id", "name"}) {
            Optional<String> known = CardFields.text(licence.get(key)).filter(v -> knowledge.licenceIri(v).isPresent());
            if (known.isPresent()) {
                return known;
            }
        }
        return CardFields.text(first.get("expression")).filter(v -> knowledge.licenceIri(v).isPresent())
                .or(() -> CardFields.text(licence.get("url")).filter(u -> u.startsWith("http://") || u.startsWith("https://")));
    }
}
