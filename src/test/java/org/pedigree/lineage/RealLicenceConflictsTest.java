package org.pedigree.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.imports.ImportFormat;
import org.pedigree.ingest.imports.Importer;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.model.EffectiveLicence;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.PathStep;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/**
 * The licence conflicts the real Hugging Face trees of the shared data contain (kept outside the
 * repository; skipped when absent): the Hub model-info answers are imported, and every model that
 * declares Apache-2.0 or MIT below a Llama 2 model — found independently with a SPARQL property
 * path — must be reported with a conflict whose path runs from that Llama 2 model down to it.
 */
class RealLicenceConflictsTest {
    private static final Path DATA = Path.of("../shared/data/hf-model-cards/api");
    private static final String BASE = "https://lineage.example.org/";

    @TempDir
    Path dir;
    Tdb2LineageStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void llama2_models_relicensed_apache_or_mit_below_them_are_found_with_their_paths() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "the shared HF model-info answers are not here");
        InstanceIris iris = new InstanceIris(BASE);
        store = Tdb2LineageStore.open(dir);
        Knowledge.bundled().syncInto(store);
        RecordWriter writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), iris, Clock.systemUTC());
        List<RecordSource> answers = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(DATA)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                answers.add(new RecordSource(f.getFileName().toString(), Files.readAllBytes(f), null));
            }
        }
        ImportBatch batch = ImportFormat.HF_API.importer(iris, Knowledge.bundled(), new RecordReaders(iris, Knowledge.bundled()), Importer.Options.NONE)
                .convert(answers);
        writer.write(batch.records(), WriteMode.UPSERT, false, "test");

        // What the data contains, found without the analytics: a SPARQL property path.
        String query = """
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX schema: <http://schema.org/>
                SELECT DISTINCT ?model ?ancestor WHERE {
                  VALUES ?permissive { <http://spdx.org/licenses/Apache-2.0> <http://spdx.org/licenses/MIT> }
                  ?model schema:license ?permissive ; prov:wasDerivedFrom+ ?ancestor .
                  ?ancestor schema:license <https://w3id.org/pedigree/licence/llama2> }""";
        Map<String, Set<String>> expected = new TreeMap<>();
        store.select(QueryFactory.create(query), row -> expected.computeIfAbsent(row.getResource("model").getURI(), k -> new TreeSet<>())
                .add(row.getResource("ancestor").getURI()));
        assertFalse(expected.isEmpty(), "the shared data holds Llama 2 derivatives relicensed Apache-2.0 or MIT");

        LineageService lineage = new LineageService(store, iris, new Catalogue(store, iris.recordNamespace()));
        Map<String, Integer> byRule = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            EffectiveLicence licence = lineage.licences().of(e.getKey()).orElseThrow();
            licence.conflicts().forEach(c -> byRule.merge(c.rule(), 1, Integer::sum));
            boolean explained = licence.conflicts().stream().anyMatch(c -> c.severity().equals("violation")
                    && e.getValue().contains(c.path().steps().getFirst().node().iri())
                    && c.path().steps().getLast().node().iri().equals(e.getKey()));
            if (!explained) {
                missing.add(e.getKey() + " " + licence.conflicts());
            }
        }
        System.out.printf("real data: %d models declare Apache-2.0 or MIT below a Llama 2 model; conflicts by rule %s%n", expected.size(), byRule);
        assertEquals(List.of(), missing, "each is reported with the path from its Llama 2 ancestor");
        String example = expected.keySet().iterator().next();
        EffectiveLicence.Conflict first = lineage.licences().of(example).orElseThrow().conflicts().getFirst();
        System.out.println("for example: " + first.message());
        assertTrue(first.path().steps().stream().map(PathStep::node).anyMatch(n -> n.iri().equals(example)));
    }
}
