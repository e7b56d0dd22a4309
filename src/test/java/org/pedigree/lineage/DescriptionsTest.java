package org.pedigree.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.DemoLineage;
import org.pedigree.ingest.Knowledge;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;

/** Reading a description through the store's indexes gives exactly what the SPARQL a remote store is asked gives. */
class DescriptionsTest {
    private static final String BASE = "http://localhost:8080/";

    @TempDir
    Path dir;

    @Test
    void direct_reads_and_sparql_describe_every_thing_of_the_demo_alike() {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            Knowledge.bundled().syncInto(store);
            DemoLineage.loadIfNoRecords(store, BASE);
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
            assertTrue(sparql.describe(BASE + "model/nobody/nothing").isEmpty());
        }
    }
}
