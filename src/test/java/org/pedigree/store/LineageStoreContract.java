package org.pedigree.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.pedigree.Pedigree;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.WriteMode;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.model.InstanceIris;
import org.pedigree.validate.LineageValidator;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * What every {@link LineageStore} must do, whatever holds the data: a subclass gives a fresh,
 * empty store per test (the embedded TDB2 store, a remote store on a real standalone Fuseki).
 * Its {@link StoreReads} answer as the SPARQL of {@code /queries/} does, and as the embedded
 * store's index reads do, for every thing of the demo.
 */
abstract class LineageStoreContract {
    static final String BASE = "http://pedigree.test/";
    static final Node G = NodeFactory.createURI(BASE + "record/acme--a");
    static final Node S = NodeFactory.createURI(BASE + "model/acme/a");
    static final Node P = NodeFactory.createURI("http://schema.org/name");

    /** A fresh store holding nothing. */
    abstract LineageStore store();

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(text, Lang.TURTLE).base(BASE).parse(graph);
        return graph;
    }

    @Test
    void a_write_is_seen_in_its_named_graph_and_in_the_union_default_graph() {
        LineageStore store = store();
        assertTrue(store.isEmpty());
        store.write(dsg -> dsg.add(G, S, P, NodeFactory.createLiteralString("A")));
        assertFalse(store.isEmpty());
        assertTrue(holds(store, dsg -> dsg.contains(G, S, P, Node.ANY)));
        assertTrue(holds(store, dsg -> dsg.getUnionGraph().contains(S, P, Node.ANY)));
        List<String> names = store.select(QueryFactory.create("SELECT ?n WHERE { ?s <http://schema.org/name> ?n }"),
                row -> row.getLiteral("n").getString());
        assertEquals(List.of("A"), names, "queries see the union of the named graphs as the default graph");
    }

    @Test
    void a_write_that_throws_changes_nothing() {
        LineageStore store = store();
        store.write(dsg -> dsg.add(G, S, P, NodeFactory.createLiteralString("A")));
        long generation = store.generation();
        assertThrows(IllegalStateException.class, () -> store.write(dsg -> {
            dsg.removeGraph(G);
            dsg.add(NodeFactory.createURI(BASE + "record/b"), S, P, NodeFactory.createLiteralString("B"));
            throw new IllegalStateException("refused");
        }));
        assertTrue(holds(store, dsg -> dsg.contains(G, S, P, NodeFactory.createLiteralString("A"))));
        assertFalse(holds(store, dsg -> dsg.containsGraph(NodeFactory.createURI(BASE + "record/b"))));
        assertEquals(generation, store.generation(), "nothing was committed");
    }

    @Test
    void reads_inside_a_write_see_its_own_changes() {
        LineageStore store = store();
        store.write(dsg -> {
            dsg.add(G, S, P, NodeFactory.createLiteralString("A"));
            assertTrue(dsg.getUnionGraph().contains(S, P, Node.ANY));
            dsg.getGraph(G).delete(Triple.create(S, P, NodeFactory.createLiteralString("A")));
            assertFalse(dsg.contains(G, S, P, Node.ANY));
            dsg.getGraph(G).add(Triple.create(S, P, NodeFactory.createLiteralString("A2")));
        });
        assertEquals(List.of("A2"), store.read(dsg -> dsg.getGraph(G).find(S, P, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList()));
    }

    @Test
    void blank_nodes_keep_their_identity_and_a_graph_holding_them_can_be_replaced() {
        LineageStore store = store();
        Graph record = turtle("<model/acme/a> <http://www.w3.org/ns/prov#qualifiedDerivation> [ <http://www.w3.org/ns/prov#entity> <model/acme/base> ] .");
        store.write(dsg -> record.find().forEachRemaining(t -> dsg.add(G, t.getSubject(), t.getPredicate(), t.getObject())));
        Graph stored = store.read(dsg -> copy(dsg.getGraph(G)));
        assertTrue(stored.isIsomorphicWith(record));
        // Follow the blank node from one read to the next.
        Node derivation = store.read(dsg -> dsg.getGraph(G).find(S, Node.ANY, Node.ANY).next().getObject());
        assertTrue(derivation.isBlank());
        assertTrue(holds(store, dsg -> dsg.getGraph(G).contains(derivation, Node.ANY, NodeFactory.createURI(BASE + "model/acme/base"))));
        store.write(dsg -> dsg.removeGraph(G));
        assertTrue(store.isEmpty(), "a graph with blank nodes is removed whole");
    }

    @Test
    void the_generation_changes_with_every_write_and_not_with_a_read() throws InterruptedException {
        LineageStore store = store();
        long before = store.generation();
        store.write(dsg -> dsg.add(G, S, P, NodeFactory.createLiteralString("A")));
        long after = store.generation();
        assertNotEquals(before, after);
        store.read(dsg -> dsg.find().hasNext());
        Thread.sleep(600);
        assertEquals(after, store.generation());
        assertTrue(store.isReady());
    }

    @Test
    void records_are_validated_versioned_and_replaced_through_the_record_writer() {
        LineageStore store = store();
        InstanceIris iris = new InstanceIris(BASE);
        Knowledge.bundled().syncInto(store);
        RecordWriter writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), iris, Clock.systemUTC());
        RecordReaders readers = new RecordReaders(iris, Knowledge.bundled());
        String v1 = "model: acme/tuned\nlicence: mit\nbases:\n  - model: acme/base\n    relation: lora\n";
        writer.write(readers.read(new RecordSource("v1.yaml", v1.getBytes(StandardCharsets.UTF_8), null)), WriteMode.UPSERT, false, "test");
        String v2 = v1.replace("mit", "apache-2.0");
        writer.write(readers.read(new RecordSource("v2.yaml", v2.getBytes(StandardCharsets.UTF_8), null)), WriteMode.UPSERT, false, "test");
        assertEquals(2, new RecordHistory(store, iris).record("acme--tuned").orElseThrow().versions().size());
        String cycle = "model: acme/base\nbases:\n  - model: acme/tuned\n    relation: finetune\n";
        long before = store.generation();
        assertFalse(writer.write(readers.read(new RecordSource("cycle.yaml",
                (cycle + "---\nmodel: acme/other\nroot: true\n").getBytes(StandardCharsets.UTF_8), null)), WriteMode.UPSERT, false, "test")
                .committed(), "the cycle is refused");
        assertEquals(before, store.generation(), "a refused batch commits nothing");
        assertFalse(holds(store, dsg -> dsg.containsGraph(NodeFactory.createURI(BASE + "record/acme--base"))));
    }

    @Test
    void every_way_of_reading_answers_alike_for_every_thing_of_the_demo() {
        LineageStore store = store();
        InstanceIris iris = new InstanceIris(BASE);
        Pedigree.over(store, iris, Clock.systemUTC()).prepare(true);
        Set<String> things = ReadAnswers.things(store);
        ReadAnswers own = ReadAnswers.of(store.reads(), things, iris);
        // The store's reads against the SPARQL a remote store is asked, asked of this store (a store that reads in SPARQL is that already).
        ReadAnswers inSparql = store.reads() instanceof SparqlReads ? own : ReadAnswers.of(new SparqlReads(store), things, iris);
        inSparql.assertAnsweredAlike(own, store.reads().getClass().getSimpleName() + " against the SPARQL of /queries/");
        assertTrue(own.described() > 200 && own.dated() > 20, own.summary());
        assertTrue(own.operationCount() >= 5 && own.parameterCount() >= 3 && own.versionCount() >= 15, own.summary());
        own.operations().forEach((thing, operations) -> {
            if (!operations.isEmpty()) {
                assertEquals(operations, store.reads().operations(List.of(thing)).get(thing), "one model's operations, read alone: " + thing);
            }
        });
        assertTrue(store.reads().describe(BASE + "model/nobody/nothing", 1).isEmpty());
        assertTrue(new SparqlReads(store).describe(BASE + "model/nobody/nothing", 1).isEmpty());
        // And against what the embedded store, read through its indexes, answers for the same records (the times they were stored at aside).
        try (Tdb2LineageStore embedded = Tdb2LineageStore.inMemory()) {
            Pedigree.over(embedded, iris, Clock.systemUTC()).prepare(true);
            assertEquals(ReadAnswers.things(embedded), things);
            ReadAnswers.of(embedded.reads(), things, iris).timeless().assertAnsweredAlike(own.timeless(), "against the embedded store's index reads");
        }
    }

    @Test
    void a_hubs_description_comes_in_pages_of_a_bounded_size_per_property_in_iri_order_read_alike_every_way() {
        LineageStore store = store();
        InstanceIris iris = new InstanceIris(BASE);
        int n = DescriptionPage.PER_PAGE;
        long all = n * 5L / 2; // two and a half pages
        writeHub(store, iris, (int) all);
        String hub = BASE + "model/acme/hub";
        String dataset = BASE + "dataset/acme/corpus";
        List<DescriptionPage> pages = pages(store.reads(), hub, 4);
        assertEquals(Map.of(PROV.wasDerivedFrom.getURI(), all, SCHEMA.isBasedOn.getURI(), all, PROV.used.getURI(), all, PED.describes.getURI(), 1L),
                pages.getFirst().incoming(), "what points at the hub, counted by property (derivatives; their operations used it)");
        assertEquals(pages.getFirst().incoming(), pages.get(2).incoming(), "on every page");
        assertEquals(3, pages.getFirst().pages());
        List<Node> derivatives = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            List<Node> onPage = subjects(pages.get(k - 1).graph(), PROV.wasDerivedFrom, hub);
            assertEquals(onPage.size(), subjects(pages.get(k - 1).graph(), PROV.used, hub).size(), "as many operations as derivatives, page " + k);
            assertEquals(k == 1 ? 1 : 0, subjects(pages.get(k - 1).graph(), PED.describes, hub).size(), "its record, on the first page only");
            assertEquals(k < 3 ? n : n / 2, onPage.size(), "page " + k);
            assertTrue(pages.get(k - 1).graph().contains(NodeFactory.createURI(hub), NodeFactory.createURI("http://schema.org/license"), Node.ANY),
                    "the hub's own statements are on page " + k);
            assertTrue(pages.get(k - 1).graph().contains(onPage.getFirst(), NodeFactory.createURI("http://schema.org/name"), Node.ANY),
                    "with the labels of what the page links: page " + k);
            derivatives.addAll(onPage);
        }
        List<String> order = derivatives.stream().map(Node::getURI).toList();
        assertEquals(order.stream().sorted().toList(), order, "the pages follow each other in the order of the subjects' IRIs");
        assertEquals(all, order.stream().distinct().count(), "every derivative on exactly one page");
        assertTrue(pages.get(3).beyondLast());
        assertTrue(pages.get(3).graph().find(Node.ANY, Node.ANY, NodeFactory.createURI(hub)).toList().isEmpty(),
                "a page after the last has the own statements only");
        assertFalse(pages.get(3).graph().isEmpty());
        assertEquals(all, store.reads().describe(dataset, 1).orElseThrow().incoming().get(PROV.used.getURI()), "a dataset used by every derivative");

        for (String thing : List.of(hub, dataset)) {
            assertPagedAlike(pages(store.reads(), thing, 4), pages(new SparqlReads(store), thing, 4), "the SPARQL of /queries/: " + thing);
            try (Tdb2LineageStore embedded = Tdb2LineageStore.inMemory()) {
                writeHub(embedded, iris, (int) all);
                assertPagedAlike(pages(embedded.reads(), thing, 4), pages(store.reads(), thing, 4), "the embedded store's index reads: " + thing);
            }
        }
    }

    /** A hub model with {@code derivatives} fine-tunes, all trained on one dataset, through the record writer. */
    private static void writeHub(LineageStore store, InstanceIris iris, int derivatives) {
        Knowledge.bundled().syncInto(store);
        RecordWriter writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), iris, Clock.systemUTC());
        StringBuilder records = new StringBuilder("model: acme/hub\nname: Hub\nlicence: mit\nroot: true\noperation:\n  name: Pre-training\n");
        for (int i = 0; i < derivatives; i++) {
            String name = String.format("d%03d", (i * 37) % derivatives);
            records.append("---\nmodel: acme/").append(name).append("\nname: ").append(name).append("\nlicence: mit\n")
                    .append("bases:\n  - model: acme/hub\n    relation: finetune\n")
                    .append("operation:\n  kind: finetune\n  datasets:\n    - dataset: acme/corpus\n      role: finetuning\n      name: Corpus\n");
        }
        var outcome = writer.write(new RecordReaders(iris, Knowledge.bundled()).read(new RecordSource("hub.yaml",
                records.toString().getBytes(StandardCharsets.UTF_8), null)), WriteMode.UPSERT, false, "test");
        assertTrue(outcome.committed(), outcome::toString);
    }

    private static List<DescriptionPage> pages(StoreReads reads, String thing, int count) {
        List<DescriptionPage> pages = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            pages.add(reads.describe(thing, k).orElseThrow());
        }
        return pages;
    }

    /** The subjects of the statements pointing at {@code thing} by {@code property} in {@code graph}, in IRI order. */
    private static List<Node> subjects(Graph graph, Property property, String thing) {
        return graph.find(Node.ANY, property.asNode(), NodeFactory.createURI(thing)).mapWith(Triple::getSubject).filterKeep(Node::isURI).toList()
                .stream().distinct().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static void assertPagedAlike(List<DescriptionPage> expected, List<DescriptionPage> actual, String what) {
        for (int k = 0; k < expected.size(); k++) {
            Graph e = timeless(expected.get(k).graph());
            Graph a = timeless(actual.get(k).graph());
            assertTrue(IsoMatcher.isomorphic(e, a), what + ", page " + (k + 1) + ": " + e.size() + " statements expected, " + a.size() + " read");
            assertEquals(expected.get(k).incoming(), actual.get(k).incoming(), what + ", counts on page " + (k + 1));
        }
    }

    private static Graph timeless(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().filterDrop(t -> t.getPredicate().equals(DCTerms.created.asNode()) || t.getPredicate().equals(DCTerms.modified.asNode()))
                .forEach(copy::add);
        return copy;
    }

    private static boolean holds(LineageStore store, java.util.function.Function<org.apache.jena.sparql.core.DatasetGraph, Boolean> check) {
        return store.read(check);
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }
}
