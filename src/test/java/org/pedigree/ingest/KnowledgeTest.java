package org.pedigree.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.LineageStore;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.vocab.PED;

/** The bundled knowledge: every file parses, licences cover Hugging Face, and it is queryable in the store. */
class KnowledgeTest {
    private static final Path HF_LICENCES = Path.of("../shared/data/hf-hub-docs/hf_license_identifiers.tsv");
    private static final Path LICENCE_CATEGORIES = Path.of("../shared/data/license-classification/openfuture-hf-license-categories/licenses.csv");
    private static final String PREFIXES = """
            PREFIX ped: <https://w3id.org/pedigree#>
            PREFIX kind: <https://w3id.org/pedigree/kind/>
            PREFIX odrl: <http://www.w3.org/ns/odrl/2/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    @TempDir
    Path dir;

    private static List<QuerySolution> select(Graph graph, String query) {
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(graph)))
                .query(QueryFactory.create(PREFIXES + query)).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void every_file_in_ontology_and_shapes_parses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("ontology")), Files.walk(Path.of("shapes")))) {
            files = walk.filter(p -> p.toString().matches(".*\\.(ttl|trig|jsonld)$")).toList();
        }
        assertTrue(files.size() > 30, files.toString());
        for (Path file : files) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            RDFParser.source(file).base("http://pedigree.test/").parse(dsg);
            assertFalse(dsg.isEmpty(), file + " is empty");
        }
    }

    /** Non-comment lines of a facts file under src/test/resources/facts. */
    static List<String> facts(String name) throws IOException {
        try (var in = KnowledgeTest.class.getResourceAsStream("/facts/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
        }
    }

    @Test
    void the_facts_files_agree_with_the_shared_data_when_it_is_there() throws IOException {
        assumeTrue(Files.exists(HF_LICENCES) && Files.exists(LICENCE_CATEGORIES), "the shared data is not beside the project");
        assertEquals(Files.readAllLines(HF_LICENCES).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")[0].strip()).toList(),
                facts("hf-licence-ids.txt"));
        Set<String> nonCommercial = new TreeSet<>();
        for (String line : Files.readAllLines(LICENCE_CATEGORIES)) {
            String[] f = line.split(",");
            if (f.length > 2 && (f[2].strip().equals("NC use only") || f[0].startsWith("cc-by-nc"))) {
                nonCommercial.add(f[0].strip());
            }
        }
        assertEquals(List.copyOf(nonCommercial), facts("hf-non-commercial-licence-ids.txt"));
    }

    @Test
    void every_hugging_face_licence_id_maps_to_exactly_one_licence_iri() throws IOException {
        Graph licences = Knowledge.bundled().merged();
        List<String> ids = facts("hf-licence-ids.txt");
        assertEquals(83, ids.size());
        for (String id : ids) {
            List<QuerySolution> rows = select(licences, "SELECT ?l WHERE { ?l ped:hfLicenceId \"" + id + "\" ; a odrl:Set }");
            assertEquals(1, rows.size(), "licence IRIs for HF id " + id + ": " + rows);
            assertTrue(rows.getFirst().getResource("l").isURIResource());
        }
    }

    @Test
    void every_non_commercial_licence_prohibits_commercial_use() throws IOException {
        Set<String> nonCommercial = new TreeSet<>(facts("hf-non-commercial-licence-ids.txt"));
        assertTrue(nonCommercial.containsAll(Set.of("cc-by-nc-4.0", "cc-by-nc-nd-4.0", "cc-by-nc-sa-4.0")), nonCommercial.toString());
        Graph licences = Knowledge.bundled().merged();
        for (String id : nonCommercial) {
            List<QuerySolution> rows = select(licences, "SELECT ?l WHERE { ?l ped:hfLicenceId \"" + id
                    + "\" ; odrl:prohibition [ odrl:action odrl:commercialize ] }");
            assertEquals(1, rows.size(), id + " must prohibit commercial use");
        }
        List<QuerySolution> unknownPermits = select(licences,
                "SELECT ?l WHERE { ?l ped:licenceCategory ped:Unknown ; odrl:permission ?p }");
        assertTrue(unknownPermits.isEmpty(), "an unknown licence must never look permissive: " + unknownPermits);
    }

    @Test
    void the_knowledge_is_in_the_store_and_answers_which_spdx_and_hf_relation_a_gguf_quantization_is() {
        try (LineageStore store = Tdb2LineageStore.open(dir)) {
            Knowledge knowledge = Knowledge.bundled();
            assertEquals(4, knowledge.syncInto(store));
            assertEquals(0, knowledge.syncInto(store), "unchanged knowledge is not written again");
            List<String> answers = store.select(QueryFactory.create(PREFIXES + """
                    SELECT ?hf ?spdx ?graph WHERE {
                      GRAPH ?graph { kind:gguf ped:hfRelation ?hf ; ped:spdxRelationshipType ?spdx }
                    }"""), row -> row.getLiteral("hf").getString() + " " + row.getResource("spdx").getURI()
                    + " " + row.getResource("graph").getURI());
            assertEquals(1, answers.size(), answers.toString());
            assertTrue(answers.getFirst().startsWith("quantized https://spdx.org/rdf/3.0.1/terms/Core/RelationshipType/"), answers.toString());
            assertTrue(answers.getFirst().endsWith(PED.graph("kinds")), answers.toString());

            long graphs = store.read(dsg -> {
                long n = 0;
                for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            });
            assertEquals(4, graphs, "vocabulary, kinds, licences and dictionary each in their own graph");
        }
    }

    @Test
    void a_changed_knowledge_graph_is_replaced_on_sync() {
        try (LineageStore store = Tdb2LineageStore.open(dir)) {
            Knowledge knowledge = Knowledge.bundled();
            knowledge.syncInto(store);
            var kinds = org.apache.jena.graph.NodeFactory.createURI(PED.graph("kinds"));
            store.write(dsg -> dsg.getGraph(kinds).clear());
            assertEquals(1, knowledge.syncInto(store));
            long triples = store.read(dsg -> dsg.getGraph(kinds).size());
            assertEquals(knowledge.graphs().get(kinds).size(), triples);
        }
    }
}
