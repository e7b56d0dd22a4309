package org.pedigree.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.LineageStore;
import org.pedigree.validate.LineageValidator;
import org.pedigree.validate.ReportLines;
import org.pedigree.store.Tdb2LineageStore;

class DemoLineageTest {
    private static final String BASE = "https://lineage.example.org/";
    /** The real Hugging Face lineage of the Mistral-7B-v0.1 family (kept outside the repository). */
    private static final Path MISTRAL_FAMILY = Path.of("../shared/data/hf-lineage-graph/families/mistralai__Mistral-7B-v0.1.csv");
    private static final Path ALL_EDGES = Path.of("../shared/data/hf-lineage-graph/edges.csv");

    @TempDir
    Path dir;

    /** (derived id, base id, HF relation) for every qualified derivation of the demo. */
    private static List<List<String>> demoEdges() {
        DatasetGraph demo = DemoLineage.parse(BASE);
        String query = """
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX ped: <https://w3id.org/pedigree#>
                SELECT ?derived ?base ?kind WHERE { GRAPH ?record {
                  ?derived prov:qualifiedDerivation [ prov:entity ?base ; ped:derivationKind ?kind ] } }""";
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(demo)).query(query).build()) {
            List<List<String>> edges = new java.util.ArrayList<>();
            exec.execSelect().forEachRemaining(row -> edges.add(List.of(
                    id(row.getResource("derived").getURI()), id(row.getResource("base").getURI()),
                    row.getResource("kind").getLocalName())));
            return edges;
        }
    }

    private static String id(String modelIri) {
        return modelIri.substring((BASE + "model/").length());
    }

    @Test
    void the_demo_resolves_its_iris_against_the_configured_base() {
        DatasetGraph demo = DemoLineage.parse(BASE);
        demo.stream().forEach(quad -> assertTrue(quad.getGraph().getURI().startsWith(BASE + "record/"), quad.toString()));
        assertEquals(17, Set.copyOf(demo.stream().map(q -> q.getGraph()).toList()).size(), "17 records");
    }

    @Test
    void mistral_has_fourteen_descendants_of_all_four_kinds() {
        List<List<String>> edges = demoEdges();
        Set<String> descendants = new HashSet<>(Set.of("mistralai/Mistral-7B-v0.1"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (List<String> edge : edges) {
                if (descendants.contains(edge.get(1)) && descendants.add(edge.get(0))) {
                    grew = true;
                }
            }
        }
        descendants.remove("mistralai/Mistral-7B-v0.1");
        assertEquals(14, descendants.size(), descendants.toString());
        Set<String> kinds = new HashSet<>();
        edges.forEach(edge -> kinds.add(edge.get(2)));
        assertTrue(kinds.containsAll(Set.of("finetune", "adapter", "merge", "quantized")), kinds.toString());
    }

    @Test
    void every_hugging_face_edge_of_the_demo_is_a_real_hub_edge_with_its_real_relation() throws IOException {
        assumeTrue(Files.exists(ALL_EDGES) && Files.exists(MISTRAL_FAMILY), "the real HF lineage data is not beside the project");
        Map<String, String> hubRelation = new HashMap<>();
        for (String line : Files.readAllLines(ALL_EDGES)) {
            String[] f = line.split(",");
            hubRelation.put(f[1] + " <- " + f[0], f[2]);
        }
        Map<String, String> asKind = Map.of("finetuned", "finetune", "quantized", "quantized", "merged", "merge", "adapter", "adapter");
        int checked = 0;
        for (List<String> edge : demoEdges()) {
            if (edge.get(0).startsWith("northbridge-health/")) {
                continue; // the fictional first worked example
            }
            String relation = hubRelation.get(edge.get(0) + " <- " + edge.get(1));
            assertFalse(relation == null, "not a Hub edge: " + edge);
            assertEquals(asKind.get(relation), edge.get(2), "relation of " + edge);
            checked++;
        }
        assertTrue(checked >= 14, "checked " + checked);
    }

    @Test
    void the_demo_lineage_passes_the_shapes() {
        var data = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        DemoLineage.parse(BASE).find().forEachRemaining(q -> data.add(q.asTriple()));
        var report = LineageValidator.bundled(Knowledge.bundled().merged()).validate(data);
        List<String> violations = ReportLines.of(report.getGraph()).stream().filter(l -> l.startsWith("Violation")).toList();
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void the_demo_is_loaded_into_a_store_without_records_only() {
        try (LineageStore store = Tdb2LineageStore.open(dir)) {
            Knowledge.bundled().syncInto(store);
            InstanceIris iris = new InstanceIris(BASE);
            RecordReaders readers = new RecordReaders(iris, Knowledge.bundled());
            RecordWriter writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), iris, Clock.systemUTC());
            assertEquals(17, DemoLineage.loadIfNoRecords(store, readers, writer), "knowledge graphs are not records");
            long quads = store.read(dsg -> dsg.stream().count());
            assertEquals(0, DemoLineage.loadIfNoRecords(store, readers, writer));
            long after = store.read(dsg -> dsg.stream().count());
            assertEquals(quads, after);
        }
    }
}
