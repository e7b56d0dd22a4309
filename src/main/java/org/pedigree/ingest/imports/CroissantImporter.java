package org.pedigree.ingest.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordDraft;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.SafeYaml;
import org.pedigree.ingest.Sources;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.Sha256;
import org.pedigree.vocab.PROV;

/**
 * Imports Croissant dataset descriptions (JSON-LD, 1.0 and 1.1) as dataset records: the dataset is
 * named by its Hub id when its {@code url} is on the Hub, else by that URL (or an http(s)
 * {@code @id}, or the Hub id of a distribution served from the Hub); name, description,
 * version, licence (an id or a licence URL such as choosealicense.com's, mapped to a licence
 * Pedigree knows) and creator are kept, and {@code prov:wasDerivedFrom} becomes the dataset's
 * source. The context must map the plain terms to schema.org ({@code @vocab}, http or https, which
 * Pedigree normalises to http) and {@code prov:} to PROV-O; it is read as given, never fetched.
 */
final class CroissantImporter implements Importer {
    private static final ObjectMapper JSON = SafeYaml.jsonMapper();
    private static final Set<String> SCHEMA = Set.of("https://schema.org/", "http://schema.org/");
    private static final Set<String> DATASET_TYPES = Set.of("sc:Dataset", "schema:Dataset", "Dataset", "https://schema.org/Dataset",
            "http://schema.org/Dataset");

    private final InstanceIris iris;
    private final Knowledge knowledge;
    private final RecordReaders readers;

    CroissantImporter(InstanceIris iris, Knowledge knowledge, RecordReaders readers) {
        this.iris = iris;
        this.knowledge = knowledge;
        this.readers = readers;
    }

    /** Converts each description on its own: a bad one is a problem of the batch, the others convert. */
    @Override
    public ImportBatch convert(List<RecordSource> sources) {
        // A description always names one dataset, so none is skipped.
        return ImportBatch.ofEach(sources, source -> List.of(dataset(source)), "");
    }

    private IncomingRecord dataset(RecordSource source) {
        String where = source.name();
        JsonNode d = parse(source);
        String ref = CardFields.text(d.get("url")).filter(CroissantImporter::isHttp).map(u -> ForeignIds.hubDataset(u).orElse(u))
                .or(() -> CardFields.text(d.get("@id")).filter(CroissantImporter::isHttp))
                .or(() -> hubDistribution(d))
                .orElseThrow(() -> new InputProblem(where + ", field url: the dataset has no url, http(s) @id or distribution on the Hub "
                        + "to name it by — add \"url\": \"https://…\" (its page)."));
        RecordDraft record = RecordDraft.dataset(ref);
        if (!InstanceIris.isHfId(ref)) {
            record.id(ForeignIds.recordId("dataset--", ref));
        }
        CardFields.text(d.get("name")).ifPresent(record::name);
        CardFields.text(d.get("description")).ifPresent(v -> record.description(v.strip()));
        CardFields.text(d.get("version")).ifPresent(record::version);
        CardFields.texts(d.get("license")).stream().findFirst().flatMap(this::licence).ifPresent(record::licence);
        creator(d.get("creator")).ifPresent(record::attributedTo);
        IncomingRecord incoming = readers.fromDraft(where, record, where, "croissant", Sha256.hex(source.bytes()));
        Model m = ModelFactory.createModelForGraph(incoming.graph());
        String datasetIri = InstanceIris.isHfId(ref) ? iris.datasetOfHfId(ref) : ref;
        for (String from : sources(d.get("prov:wasDerivedFrom"))) {
            String origin = ForeignIds.hubDataset(from).map(iris::datasetOfHfId).orElse(from);
            m.createResource(datasetIri).addProperty(PROV.wasDerivedFrom, m.createResource(origin));
        }
        return incoming;
    }

    /** The Hub id of the first distribution served from the Hub. */
    private static Optional<String> hubDistribution(JsonNode d) {
        for (JsonNode file : d.path("distribution")) {
            Optional<String> id = CardFields.text(file.get("contentUrl")).flatMap(ForeignIds::hubDataset);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    private static JsonNode parse(RecordSource source) {
        JsonNode d;
        try {
            d = JSON.readTree(Sources.utf8(source));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputProblem(source.name() + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON — " + e.getOriginalMessage(), e);
        }
        if (d == null || !d.isObject()) {
            throw new InputProblem(source.name() + ": a Croissant description is one JSON-LD object.");
        }
        JsonNode context = d.get("@context");
        if (context == null || !context.isObject() || !SCHEMA.contains(context.path("@vocab").asText())
                || (d.has("prov:wasDerivedFrom") && !"http://www.w3.org/ns/prov#".equals(context.path("prov").asText()))) {
            throw new InputProblem(source.name() + ", field @context: not a Croissant context — it must be inline, with \"@vocab\": "
                    + "\"https://schema.org/\" and \"prov\": \"http://www.w3.org/ns/prov#\" (contexts are never fetched).");
        }
        if (!DATASET_TYPES.contains(d.path("@type").asText())) {
            throw new InputProblem(source.name() + ", field @type: '" + d.path("@type").asText() + "' — a Croissant description is an sc:Dataset.");
        }
        return d;
    }

    /** A licence id or URL as a licence Pedigree knows (choosealicense.com and similar URLs end in the id), else the URL. */
    private Optional<String> licence(String value) {
        if (knowledge.licenceIri(value).isPresent()) {
            return Optional.of(value);
        }
        String last = value.replaceAll("/+$", "").replaceAll("^.*/", "");
        if (isHttp(value) && knowledge.licenceIri(last).isPresent()) {
            return Optional.of(last);
        }
        return Optional.of(value).filter(CroissantImporter::isHttp);
    }

    private static Optional<RecordDraft.Agent> creator(JsonNode creator) {
        JsonNode first = creator != null && creator.isArray() ? creator.path(0) : creator;
        return Optional.ofNullable(first).flatMap(c -> CardFields.text(c.get("name"))).map(name -> {
            String id = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
            return first.path("@type").asText().endsWith("Person") ? RecordDraft.Agent.person(id, name) : RecordDraft.Agent.organization(id, name);
        });
    }

    /** The sources a dataset says it was derived from: their prov:locatedAt, else an http(s) @id, else a plain IRI. */
    private static List<String> sources(JsonNode node) {
        List<String> sources = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(items::add);
        } else if (node != null) {
            items.add(node);
        }
        for (JsonNode item : items) {
            CardFields.text(item.get("prov:locatedAt")).or(() -> CardFields.text(item.get("@id"))).or(() -> CardFields.text(item))
                    .filter(CroissantImporter::isHttp).ifPresent(sources::add);
        }
        return sources;
    }

    private static boolean isHttp(String value) {
        return value.startsWith("http://") || value.startsWith("https://");
    }
}
