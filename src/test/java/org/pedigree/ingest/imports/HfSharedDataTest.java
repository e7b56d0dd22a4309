package org.pedigree.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.WriteOutcome;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/**
 * The acceptance test of the Hugging Face importers on the real cards and model-info answers of
 * the shared data (kept outside the repository; skipped when absent): every file imports, and
 * the relation and parent of each model with a Hub parent agree with the Hub's on at least 98%.
 * docs/import-hf.md reports the figures and explains every disagreement.
 */
class HfSharedDataTest {
    private static final Path DATA = Path.of("../shared/data/hf-model-cards");
    private static final String BASE = "https://lineage.example.org/";
    private static final InstanceIris IRIS = new InstanceIris(BASE);

    @TempDir
    Path dir;
    Tdb2LineageStore store;
    RecordWriter writer;
    RecordReaders readers;

    @BeforeEach
    void open() {
        assumeTrue(Files.isRegularFile(DATA.resolve("lineage.tsv")), "the shared HF model cards are not here");
        store = Tdb2LineageStore.open(dir);
        Knowledge.bundled().syncInto(store);
        writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), IRIS, Clock.systemUTC());
        readers = new RecordReaders(IRIS, Knowledge.bundled());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** A row of lineage.tsv: the Hub's relation and parent of a model. */
    record HubEdge(String model, String relation, String parent) {}

    static List<HubEdge> hubEdges() throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve("lineage.tsv"));
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<HubEdge> edges = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String model = HfIds.fromFolderName(f[header.indexOf("model_id")]);
            edges.add(new HubEdge(model, f[header.indexOf("hub_relation")], f[header.indexOf("hub_parent")]));
        }
        return edges;
    }

    private static List<RecordSource> sources(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            List<RecordSource> sources = new ArrayList<>();
            for (Path f : files) {
                sources.add(new RecordSource(f.toString(), Files.readAllBytes(f), null));
            }
            return sources;
        }
    }

    /** Imports and stores the batch; returns (model lowercased → base lowercased → HF relation) as stored. */
    private Map<String, Map<String, String>> importAndStore(ImportBatch batch) {
        assertEquals(List.of(), batch.problems());
        WriteOutcome outcome = writer.write(batch.records(), WriteMode.UPSERT, false, "test");
        assertEquals(batch.records().size(), outcome.stored().size());
        Map<String, Map<String, String>> stored = new HashMap<>();
        String query = """
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX ped: <https://w3id.org/pedigree#>
                SELECT ?model ?base ?relation WHERE {
                  ?m prov:qualifiedDerivation ?d ; ped:hfId ?model . ?d prov:entity ?b ; ped:derivationKind ?k .
                  ?k ped:hfRelation ?relation . BIND(REPLACE(STR(?b), "^.*/model/", "") AS ?base) }""";
        store.select(QueryFactory.create(query), row -> stored.computeIfAbsent(row.getLiteral("model").getString().toLowerCase(Locale.ROOT),
                k -> new HashMap<>()).put(row.getLiteral("base").getString().toLowerCase(Locale.ROOT), row.getLiteral("relation").getString()));
        return stored;
    }

    private static double agreement(List<HubEdge> hub, Map<String, Map<String, String>> stored, String label) {
        int withParent = 0;
        int agree = 0;
        Set<String> disagreements = new TreeSet<>();
        for (HubEdge e : hub) {
            if (e.parent().isEmpty() || !stored.containsKey(e.model().toLowerCase(Locale.ROOT)) && label.equals("hf-api")) {
                continue;
            }
            withParent++;
            String relation = stored.getOrDefault(e.model().toLowerCase(Locale.ROOT), Map.of()).get(e.parent().toLowerCase(Locale.ROOT));
            if (e.relation().equals(relation)) {
                agree++;
            } else {
                disagreements.add(e.model() + " hub " + e.relation() + " of " + e.parent() + ", imported " + relation);
            }
        }
        double figure = 100.0 * agree / withParent;
        System.out.printf("%s: %d of %d models with a Hub parent agree (%.1f%%)%n", label, agree, withParent, figure);
        disagreements.forEach(d -> System.out.println("  " + d));
        return figure;
    }

    @Test
    void every_card_imports_and_agrees_with_the_hub_on_at_least_98_percent() throws IOException {
        List<RecordSource> cards = sources(DATA.resolve("cards"), "README.md");
        assertEquals(408, cards.size());
        ImportBatch batch = ImportFormat.HF.importer(IRIS, Knowledge.bundled(), readers, Importer.Options.NONE).convert(cards);
        assertEquals(408, batch.records().size() + batch.skipped().size(), String.join("\n", batch.problems()));
        System.out.printf("hf: %d cards stored, %d skipped (no front matter)%n", batch.records().size(), batch.skipped().size());
        double figure = agreement(hubEdges(), importAndStore(batch), "hf");
        assertTrue(figure >= 98.0, "agreement " + figure);
    }

    @Test
    void every_model_info_answer_imports_and_agrees_with_the_hub() throws IOException {
        List<RecordSource> answers = sources(DATA.resolve("api"), ".json");
        ImportBatch batch = ImportFormat.HF_API.importer(IRIS, Knowledge.bundled(), readers, Importer.Options.NONE).convert(answers);
        assertEquals(answers.size(), batch.records().size(), String.join("\n", batch.problems()));
        double figure = agreement(hubEdges(), importAndStore(batch), "hf-api");
        assertTrue(figure >= 98.0, "agreement " + figure);
    }
}
