package org.pedigree.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.RecordInfo;
import org.pedigree.model.TrainingOperation;

/**
 * What one {@link StoreReads} answers for every thing of a store (every IRI its records and
 * knowledge name): descriptions (their first page, and the counts of what points at each thing),
 * last-modified dates, operations and, for records, versions; to
 * hold one implementation, or one store, to the answers of another.
 */
record ReadAnswers(Map<String, Graph> descriptions, Map<String, Map<String, Long>> incoming, Map<String, Optional<Instant>> dates,
                   Map<String, List<TrainingOperation>> operations, Map<String, List<RecordInfo.Version>> versions) {

    /** Every IRI that a statement of {@code store} names as its subject or object. */
    static Set<String> things(LineageStore store) {
        return store.read(dsg -> {
            Set<String> iris = new TreeSet<>();
            dsg.getUnionGraph().find().forEachRemaining(t -> {
                for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                    if (n.isURI()) {
                        iris.add(n.getURI());
                    }
                }
            });
            return iris;
        });
    }

    /**
     * What {@code reads} answers for each of {@code things}: one thing at a time as a page asks,
     * but the operations of all of them in one read, as a trace asks.
     */
    static ReadAnswers of(StoreReads reads, Set<String> things, InstanceIris iris) {
        ReadAnswers answers = new ReadAnswers(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), reads.operations(things),
                new LinkedHashMap<>());
        for (String thing : things) {
            Optional<DescriptionPage> first = reads.describe(thing, 1);
            answers.descriptions.put(thing, first.map(DescriptionPage::graph).orElse(GraphFactory.createGraphMem()));
            answers.incoming.put(thing, first.map(DescriptionPage::incoming).orElse(new TreeMap<>()));
            answers.dates.put(thing, reads.lastModified(thing, iris.recordMetadataGraph()));
            iris.recordId(thing).ifPresent(id -> answers.versions.put(thing, reads.versions(iris.record(id), iris.recordMetadataGraph())));
        }
        return answers;
    }

    /**
     * These answers without the times records were stored at (which differ between two stores
     * loaded with the same records): dates only as present or not, versions without their time,
     * descriptions without {@code dcterms:created}/{@code modified}.
     */
    ReadAnswers timeless() {
        ReadAnswers timeless = new ReadAnswers(new LinkedHashMap<>(), incoming, new LinkedHashMap<>(), operations, new LinkedHashMap<>());
        descriptions.forEach((thing, graph) -> {
            Graph copy = GraphFactory.createGraphMem();
            graph.find().filterDrop(t -> t.getPredicate().equals(DCTerms.created.asNode()) || t.getPredicate().equals(DCTerms.modified.asNode()))
                    .forEach(copy::add);
            timeless.descriptions.put(thing, copy);
        });
        dates.forEach((thing, date) -> timeless.dates.put(thing, date.map(at -> Instant.EPOCH)));
        versions.forEach((thing, list) -> timeless.versions.put(thing, list.stream()
                .map(v -> new RecordInfo.Version(v.number(), v.iri(), null, v.submittedBy(), v.sourceName(), v.sourceFormat(), v.sourceChecksum()))
                .toList()));
        return timeless;
    }

    /** Asserts that {@code actual} answers as these do, thing by thing (a hub's first page holds the same subjects in both). */
    void assertAnsweredAlike(ReadAnswers actual, String what) {
        assertEquals(descriptions.keySet(), actual.descriptions.keySet(), what + ": the same things");
        for (String thing : descriptions.keySet()) {
            Graph expected = descriptions.get(thing);
            Graph found = actual.descriptions.get(thing);
            assertTrue(IsoMatcher.isomorphic(expected, found), what + ", " + thing + ": " + expected.size() + " statements expected, "
                    + found.size() + " read" + difference(expected, found));
            assertEquals(incoming.get(thing), actual.incoming.get(thing), what + ", what points at " + thing);
            assertEquals(dates.get(thing), actual.dates.get(thing), what + ", last modified: " + thing);
            assertEquals(operations.get(thing), actual.operations.get(thing), what + ", operations: " + thing);
            assertEquals(versions.get(thing), actual.versions.get(thing), what + ", versions: " + thing);
        }
    }

    /** Things described, things with a date, operations, hyper-parameters and versions, to show the answers say something. */
    String summary() {
        return descriptions.size() + " things, " + described() + " described (" + paged() + " on more than one page), " + dated() + " with a date, " + operationCount() + " operations, "
                + parameterCount() + " hyper-parameters, " + versionCount() + " versions";
    }

    long described() {
        return descriptions.values().stream().filter(g -> !g.isEmpty()).count();
    }

    long paged() {
        return incoming.values().stream().filter(counts -> counts.values().stream().anyMatch(n -> n > DescriptionPage.PER_PAGE)).count();
    }

    long dated() {
        return dates.values().stream().filter(Optional::isPresent).count();
    }

    int operationCount() {
        return operations.values().stream().mapToInt(List::size).sum();
    }

    int parameterCount() {
        return operations.values().stream().flatMap(List::stream).mapToInt(op -> op.hyperparameters().size()).sum();
    }

    int versionCount() {
        return versions.values().stream().mapToInt(List::size).sum();
    }

    /** A few statements that one graph has and the other has not, for the failure message (blank nodes aside). */
    private static String difference(Graph expected, Graph found) {
        List<Triple> missing = expected.find().filterDrop(found::contains).filterKeep(ReadAnswers::withoutBlankNodes).toList();
        List<Triple> extra = found.find().filterDrop(expected::contains).filterKeep(ReadAnswers::withoutBlankNodes).toList();
        return "; missing " + missing.stream().limit(3).toList() + ", extra " + extra.stream().limit(3).toList();
    }

    private static boolean withoutBlankNodes(Triple t) {
        return !t.getSubject().isBlank() && !t.getObject().isBlank();
    }
}
