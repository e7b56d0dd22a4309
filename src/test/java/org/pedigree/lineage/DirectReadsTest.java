package org.pedigree.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.Pedigree;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.RecordInfo;
import org.pedigree.model.TrainingOperation;
import org.pedigree.store.Tdb2LineageStore;

/**
 * What the pages read through the indexes of a store in this process — descriptions, dates,
 * operations, record versions — is exactly what the SPARQL a remote store is asked answers.
 */
class DirectReadsTest {
    private static final String BASE = "http://localhost:8080/";

    @TempDir
    Path dir;

    @Test
    void direct_reads_and_sparql_answer_alike_for_every_thing_of_the_demo() {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            Pedigree app = Pedigree.over(store, new InstanceIris(BASE), Clock.systemUTC());
            app.syncKnowledge();
            app.loadDemoIfNoRecords();
            String meta = new InstanceIris(BASE).recordMetadataGraph();
            Set<String> things = store.read(dsg -> {
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
            Descriptions direct = new Descriptions(store, true);
            Descriptions sparql = new Descriptions(store, false);
            int dated = 0;
            int described = 0;
            for (String thing : things) {
                Graph fromIndexes = direct.describe(thing).orElse(GraphFactory.createGraphMem());
                Graph fromSparql = sparql.describe(thing).orElse(GraphFactory.createGraphMem());
                if (fromSparql.size() < Descriptions.INCOMING_SHOWN) {
                    assertTrue(IsoMatcher.isomorphic(fromSparql, fromIndexes), thing + ": " + fromSparql.size() + " statements in SPARQL, " + fromIndexes.size() + " read directly");
                }
                described += fromIndexes.isEmpty() ? 0 : 1;
                assertEquals(sparql.lastModified(thing, meta), direct.lastModified(thing, meta), thing);
                dated += direct.lastModified(thing, meta).isPresent() ? 1 : 0;
            }
            assertTrue(described > 200 && dated > 20, things.size() + " things, " + described + " described, " + dated + " with a date");
            assertTrue(direct.describe(BASE + "model/nobody/nothing").isEmpty());
            InstanceIris iris = new InstanceIris(BASE);
            Catalogue directCatalogue = new Catalogue(store, iris.recordNamespace(), true);
            Catalogue sparqlCatalogue = new Catalogue(store, iris.recordNamespace(), false);
            RecordHistory directHistory = new RecordHistory(store, iris, true);
            RecordHistory sparqlHistory = new RecordHistory(store, iris, false);
            int operations = 0;
            int parameters = 0;
            int versions = 0;
            for (String thing : things) {
                List<TrainingOperation> read = directCatalogue.operations(thing);
                assertEquals(sparqlCatalogue.operations(thing), read, thing);
                operations += read.size();
                parameters += read.stream().mapToInt(op -> op.hyperparameters().size()).sum();
                Optional<String> record = iris.recordId(thing);
                if (record.isPresent()) {
                    List<RecordInfo.Version> history = directHistory.versions(record.get());
                    assertEquals(sparqlHistory.versions(record.get()), history, thing);
                    versions += history.size();
                }
            }
            assertTrue(operations >= 5 && parameters >= 3 && versions >= 15, operations + " operations, " + parameters + " hyper-parameters, " + versions + " versions");
            assertTrue(sparql.describe(BASE + "model/nobody/nothing").isEmpty());
        }
    }
}
