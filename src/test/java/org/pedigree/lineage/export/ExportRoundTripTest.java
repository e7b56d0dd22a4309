package org.pedigree.lineage.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.ingest.imports.ImportFormat;
import org.pedigree.ingest.imports.Importer;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/**
 * Export then re-import keeps every lineage fact a format can carry: models imported from
 * hand-made cards are exported in each format, imported into a fresh store, and their sources,
 * kinds, licence and datasets compared with the originals.
 */
class ExportRoundTripTest {
    private static final String BASE = "https://lineage.example.org/";
    private static final InstanceIris IRIS = new InstanceIris(BASE);
    private static final Path CARDS = Path.of("src/test/resources/hf/cards");
    private static final List<String> MODELS = List.of("acme/med-llama", "acme/med-llama-GGUF", "acme/med-llama-lora",
            "acme/twin-merge", "acme/med-llama-awq");

    @TempDir
    Path dir;
    Tdb2LineageStore original;
    Tdb2LineageStore copy;

    @BeforeEach
    void open() throws IOException {
        original = open("original");
        copy = open("copy");
        List<RecordSource> cards = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CARDS)) {
            for (Path f : walk.filter(p -> p.endsWith("README.md")).sorted().toList()) {
                cards.add(new RecordSource(f.toString(), Files.readAllBytes(f), null));
            }
        }
        write(original, convert(ImportFormat.HF, Importer.Options.NONE, cards).records());
    }

    private Tdb2LineageStore open(String name) {
        Tdb2LineageStore store = Tdb2LineageStore.open(dir.resolve(name));
        Knowledge.bundled().syncInto(store);
        return store;
    }

    @AfterEach
    void close() {
        original.close();
        copy.close();
    }

    private static RecordReaders readers() {
        return new RecordReaders(IRIS, Knowledge.bundled());
    }

    private static ImportBatch convert(ImportFormat format, Importer.Options options, List<RecordSource> sources) {
        return format.importer(IRIS, Knowledge.bundled(), readers(), options).convert(sources);
    }

    private static void write(Tdb2LineageStore store, List<IncomingRecord> records) {
        new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), IRIS, Clock.systemUTC())
                .write(records, WriteMode.UPSERT, false, "test");
    }

    private String export(String model, ExportFormat format) {
        return new ModelExporter(original, IRIS, Clock.systemUTC()).export(model, format).orElseThrow();
    }

    /** Facts of a model as lines: sources with kind or relation, licence, datasets with or without role. */
    private static List<String> facts(Tdb2LineageStore store, String model, boolean kinds, boolean roles) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX ped: <https://w3id.org/pedigree#>
                PREFIX schema: <http://schema.org/>
                SELECT ?fact WHERE {
                  { ?model prov:qualifiedDerivation [ prov:entity ?b ; ped:derivationKind ?k ] . ?k ped:hfRelation ?r .
                    BIND(CONCAT("base ", STR(?b), " ", IF(?kinds, STR(?k), ?r)) AS ?fact) }
                  UNION { ?model schema:license ?l BIND(CONCAT("licence ", STR(?l)) AS ?fact) }
                  UNION { ?model prov:wasGeneratedBy ?op . ?op prov:used ?d . ?d a schema:Dataset .
                          OPTIONAL { ?op prov:qualifiedUsage [ prov:entity ?d ; prov:hadRole ?role ] }
                          BIND(CONCAT("dataset ", STR(?d), IF(?roles && BOUND(?role), CONCAT(" ", STR(?role)), "")) AS ?fact) }
                }""");
        q.setIri("model", IRIS.modelOfHfId(model));
        q.setLiteral("kinds", kinds);
        q.setLiteral("roles", roles);
        return store.select(q.asQuery(), row -> row.getLiteral("fact").getString()).stream().distinct().sorted().toList();
    }

    private void roundTrip(ExportFormat format, Function<RecordSource, ImportBatch> importer, boolean kinds, boolean roles) {
        for (String model : MODELS) {
            String exported = export(model, format);
            ImportBatch batch = importer.apply(new RecordSource(model.replace('/', '_') + "." + format.id(),
                    exported.getBytes(StandardCharsets.UTF_8), null));
            assertEquals(List.of(), batch.problems(), exported);
            write(copy, batch.records().stream().filter(r -> r.id().equals(model.replace("/", "--"))).toList());
            List<String> expected = facts(original, model, kinds, roles);
            assertFalse(expected.isEmpty());
            assertEquals(expected, facts(copy, model, kinds, roles), format + " of " + model + ":\n" + exported);
        }
    }

    /** A copy of the model's record as stored. */
    private Graph stored(String model) {
        return original.read(dsg -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(IRIS.record(model.replace("/", "--")))).find().forEach(copy::add);
            return copy;
        });
    }

    @Test
    void turtle_gives_back_the_same_record() {
        for (String model : MODELS) {
            IncomingRecord back = readers().read(new RecordSource("x.ttl", export(model, ExportFormat.TURTLE).getBytes(StandardCharsets.UTF_8), null)).get(0);
            Graph stored = stored(model);
            assertTrue(back.graph().isIsomorphicWith(stored), model);
        }
    }

    @Test
    void jsonld_gives_back_the_same_record() {
        for (String model : MODELS) {
            IncomingRecord back = readers().read(new RecordSource("x.jsonld", export(model, ExportFormat.JSONLD).getBytes(StandardCharsets.UTF_8), null)).get(0);
            assertTrue(back.graph().isIsomorphicWith(stored(model)), model);
        }
    }

    @Test
    void a_hugging_face_card_keeps_sources_relations_licence_and_datasets_and_says_what_it_cannot() {
        for (String model : MODELS) {
            String card = export(model, ExportFormat.HF);
            ImportBatch batch = convert(ImportFormat.HF, Importer.Options.modelId(model),
                    List.of(new RecordSource("README.md", card.getBytes(StandardCharsets.UTF_8), null)));
            assertEquals(List.of(), batch.problems(), card);
            write(copy, batch.records());
            assertEquals(facts(original, model, false, false), facts(copy, model, false, false), card);
        }
        assertTrue(export("acme/med-llama-GGUF", ExportFormat.HF).contains("is gguf, written as its Hub relation quantized"));
    }

    @Test
    void an_spdx_document_keeps_sources_relations_licence_and_datasets() {
        roundTrip(ExportFormat.SPDX, s -> convert(ImportFormat.SPDX, Importer.Options.NONE, List.of(s)), false, false);
    }

    @Test
    void a_cyclonedx_bom_keeps_sources_kinds_licence_and_datasets_with_roles() {
        roundTrip(ExportFormat.CYCLONEDX, s -> convert(ImportFormat.CYCLONEDX, Importer.Options.NONE, List.of(s)), true, true);
    }

    @Test
    void fair4ml_and_mldcat_load_back_through_the_rdf_path_with_the_kinds_they_can_say() {
        for (String[] c : new String[][] {{"acme/med-llama", "fair4ml"}, {"acme/med-llama", "mldcat"}, {"acme/med-llama-GGUF", "mldcat"}}) {
            String turtle = export(c[0], ExportFormat.of(c[1]).orElseThrow());
            write(copy, readers().read(new RecordSource(c[0].replace('/', '_') + ".ttl", turtle.getBytes(StandardCharsets.UTF_8), null)));
            assertEquals(facts(original, c[0], false, false), facts(copy, c[0], false, false), c[1] + ":\n" + turtle);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hf", "spdx", "cyclonedx", "fair4ml", "mldcat", "turtle", "jsonld"})
    void a_model_without_a_record_exports_nothing(String format) {
        assertTrue(new ModelExporter(original, IRIS, Clock.systemUTC()).export("nobody/nothing", ExportFormat.of(format).orElseThrow()).isEmpty());
    }
}
