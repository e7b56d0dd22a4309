package org.pedigree.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online compaction of a real TDB2 store on disk, by hand and by the automatic policy. */
class CompactionTest {
    private static final Node P = NodeFactory.createURI("urn:test:p");

    @TempDir
    Path dir;

    /** Many small write transactions, each replacing the last: garbage that compaction reclaims. */
    private static void churn(LineageStore store, int writes) {
        Node g = NodeFactory.createURI("urn:test:g");
        for (int i = 0; i < writes; i++) {
            int n = i;
            store.write(dsg -> {
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                for (int k = 0; k < 20; k++) {
                    dsg.add(g, NodeFactory.createURI("urn:test:s" + k), P, NodeFactory.createLiteralString("value " + n + "/" + k));
                }
            });
        }
    }

    private static long count(LineageStore store) {
        return store.select(QueryFactory.create("SELECT * WHERE { ?s ?p ?o }"), row -> 1).size();
    }

    @Test
    void compaction_shrinks_the_directory_and_keeps_every_quad_and_the_union_default_graph() {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            churn(store, 300);
            Compaction done = store.compact();
            assertTrue(done.bytesAfter() < done.bytesBefore(), done.describe());
            assertEquals(20, count(store), "the union default graph still answers after the switch");
            assertTrue(Files.isDirectory(dir.resolve("Data-0002")));
            assertFalse(Files.exists(dir.resolve("Data-0001")), "the old generation is deleted");
            churn(store, 1);
        }
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            assertEquals(20, count(store), "the compacted store opens again with the data");
        }
    }

    @Test
    void reads_go_on_while_the_store_is_compacted() throws Exception {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            churn(store, 200);
            AtomicBoolean compacting = new AtomicBoolean(true);
            ExecutorService readers = Executors.newFixedThreadPool(2);
            Future<Integer> reads = readers.submit(() -> {
                int n = 0;
                while (compacting.get()) {
                    assertEquals(20, count(store));
                    n++;
                }
                return n;
            });
            store.compact();
            compacting.set(false);
            assertTrue(reads.get(60, TimeUnit.SECONDS) > 0);
            readers.shutdown();
        }
    }

    @Test
    void leftovers_of_a_compaction_killed_part_way_are_removed_before_the_next() throws Exception {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            churn(store, 10);
        }
        Files.createDirectories(dir.resolve("Data-0002-tmp"));
        Files.writeString(dir.resolve("Data-0002-tmp/junk"), "half a copy");
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            assertEquals(20, count(store), "TDB2 ignores the half-made generation");
            store.compact();
            assertFalse(Files.exists(dir.resolve("Data-0002-tmp/junk")));
            assertEquals(20, count(store));
        }
    }

    @Test
    void the_policy_compacts_in_the_background_once_the_store_has_grown_past_the_threshold() throws Exception {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            long start = store.sizeOnDisk();
            try (AutoCompaction policy = AutoCompaction.start(store, Sizes.parse("1m"))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.exists(dir.resolve("Data-0002")) && System.nanoTime() < deadline) {
                    churn(store, 20);
                }
            }
            assertTrue(Files.exists(dir.resolve("Data-0002")), "compacted once grown by 1 MB from " + Sizes.format(start));
            assertEquals(20, count(store));
        }
    }

    @Test
    void a_store_in_memory_is_not_compacted() {
        try (Tdb2LineageStore store = Tdb2LineageStore.inMemory()) {
            assertThrows(UnsupportedOperationException.class, store::compact);
        }
    }

    @Test
    void sizes_read_and_print_in_binary_units() {
        assertEquals(512L << 20, Sizes.parse("512m"));
        assertEquals(2L << 30, Sizes.parse("2G"));
        assertEquals(1536, Sizes.parse("1.5k"));
        assertEquals(100, Sizes.parse("100"));
        assertEquals("1.5 GB", Sizes.format(3L << 29));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sizes.parse("lots"));
        assertTrue(e.getMessage().contains("'lots'"), e.getMessage());
    }
}
