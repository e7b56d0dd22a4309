package org.pedigree.lineage.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.imports.ImportFormat;
import org.pedigree.ingest.imports.Importer;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/** FAIR4ML and MLDCAT-AP exports of models imported from hand-made cards, read back as RDF. */
class CrosswalkExportTest {
    private static final String BASE = "https://lineage.example.org/";
    private static final InstanceIris IRIS = new InstanceIris(BASE);

    @TempDir
    Path dir;
    Tdb2LineageStore store;
    ModelExporter exporter;

    @BeforeEach
    void open() throws IOException {
        store = Tdb2LineageStore.open(dir);
        Knowledge.bundled().syncInto(store);
        List<RecordSource> cards = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/hf/cards"))) {
            for (Path f : walk.filter(p -> p.endsWith("README.md")).sorted().toList()) {
                cards.add(new RecordSource(f.toString(), Files.readAllBytes(f), null));
            }
        }
        cards.add(new RecordSource("x/acme__two-bases/README.md",
                "---\nbase_model:\n- acme/med-llama\n- meta-llama/Llama-2-7b-hf\n---\n".getBytes(StandardCharsets.UTF_8), null));
        RecordReaders readers = new RecordReaders(IRIS, Knowledge.bundled());
        new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), IRIS, Clock.systemUTC())
                .write(ImportFormat.HF.importer(IRIS, Knowledge.bundled(), readers, Importer.Options.NONE).convert(cards).records(), WriteMode.UPSERT, false, "test");
        exporter = new ModelExporter(store, IRIS, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String export(String model, ExportFormat format) {
        return exporter.export(model, format).orElseThrow();
    }

    private static List<String> edges(String turtle) {
        Model m = ModelFactory.createModelForGraph(RDFParser.fromString(turtle, Lang.TURTLE).toGraph());
        try (QueryExecution q = QueryExecution.model(m).query("""
                SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?o) && ?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
                  && ?p != <http://schema.org/license>) }""").build()) {
            List<String> rows = new ArrayList<>();
            q.execSelect().forEachRemaining(r -> rows.add(String.join(" ", r.getResource("s").getURI().replace(BASE, ""),
                    r.getResource("p").getLocalName(), r.getResource("o").getURI().replace(BASE, ""))));
            return rows.stream().sorted().toList();
        }
    }

    @Test
    void fair4ml_uses_fine_tuned_from_for_an_adapter_and_is_based_on_for_a_merge() {
        assertEquals(List.of("model/acme/med-llama-lora fineTunedFrom model/acme/med-llama"), edges(export("acme/med-llama-lora", ExportFormat.FAIR4ML)));
        String merge = export("acme/twin-merge", ExportFormat.FAIR4ML);
        assertEquals(List.of("model/acme/twin-merge isBasedOn model/acme/med-llama", "model/acme/twin-merge isBasedOn model/meta-llama/Llama-2-7b-chat-hf"), edges(merge));
        assertTrue(merge.contains("# not expressible: " + BASE + "model/acme/med-llama: FAIR4ML has no property for this kind"), merge);
    }

    @Test
    void mldcat_writes_a_quantization_from_its_source_and_keeps_one_fine_tuned_from() {
        assertEquals(List.of("model/acme/med-llama hasVariation model/acme/med-llama-GGUF"), edges(export("acme/med-llama-GGUF", ExportFormat.MLDCAT)));
        String two = export("acme/two-bases", ExportFormat.MLDCAT);
        assertEquals(List.of("model/acme/two-bases fineTunedFrom model/acme/med-llama", "model/acme/two-bases isBasedOn model/meta-llama/Llama-2-7b-hf"), edges(two));
        assertTrue(two.contains("MLDCAT-AP allows one it6:fineTunedFrom"), two);
        assertTrue(export("acme/med-llama", ExportFormat.MLDCAT).contains("MachineLearningModel"));
    }
}
