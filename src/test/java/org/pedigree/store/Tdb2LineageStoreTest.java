package org.pedigree.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2LineageStoreTest {
    private static final Node G = NodeFactory.createURI("urn:test:record");
    private static final Node S = NodeFactory.createURI("urn:test:s");
    private static final Node P = NodeFactory.createURI("urn:test:p");

    @TempDir
    Path dir;

    private static long quads(LineageStore store) {
        return store.read(dsg -> dsg.stream().count());
    }

    @Test
    void committed_writes_survive_closing_and_reopening() {
        try (LineageStore store = Tdb2LineageStore.open(dir)) {
            assertTrue(store.isEmpty());
            store.write(dsg -> dsg.add(G, S, P, NodeFactory.createLiteralString("kept")));
        }
        try (LineageStore store = Tdb2LineageStore.open(dir)) {
            assertEquals(1, quads(store));
            assertFalse(store.isEmpty());
        }
    }

    @Test
    void a_write_that_fails_part_way_changes_nothing() {
        try (LineageStore store = Tdb2LineageStore.open(dir)) {
            store.write(dsg -> dsg.add(G, S, P, NodeFactory.createLiteralString("before")));
            assertThrows(IllegalStateException.class, () -> store.write(dsg -> {
                dsg.add(G, S, P, NodeFactory.createLiteralString("half"));
                throw new IllegalStateException("refused half-way");
            }));
            assertEquals(1, quads(store));
        }
    }

    @Test
    void the_default_graph_is_the_union_of_the_named_graphs() {
        try (LineageStore store = Tdb2LineageStore.open(dir)) {
            store.write(dsg -> {
                dsg.add(G, S, P, NodeFactory.createLiteralString("one"));
                dsg.add(NodeFactory.createURI("urn:test:other"), S, P, NodeFactory.createLiteralString("two"));
            });
            long seen = store.select(QueryFactory.create("SELECT * WHERE { ?s ?p ?o }"), row -> row.get("o").toString()).size();
            assertEquals(2, seen);
        }
    }

    @Test
    void a_closed_store_is_not_ready_and_closing_twice_is_harmless() {
        LineageStore store = Tdb2LineageStore.open(dir);
        assertTrue(store.isReady());
        store.close();
        assertFalse(store.isReady());
        store.close();
    }

    @Test
    void a_file_where_the_directory_should_be_is_reported() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        RuntimeException e = assertThrows(RuntimeException.class, () -> Tdb2LineageStore.open(file));
        assertTrue(e.getMessage().contains("not-a-dir"), e.getMessage());
    }
}
