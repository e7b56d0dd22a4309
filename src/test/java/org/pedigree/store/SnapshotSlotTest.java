package org.pedigree.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file of a real TDB2 directory: which commits make a snapshot untrusted, and which do not. */
class SnapshotSlotTest {
    @TempDir
    Path dir;

    private static void addQuad(LineageStore store, String name) {
        store.write(dsg -> dsg.add(NodeFactory.createURI("http://pedigree.test/record/" + name), NodeFactory.createURI("http://pedigree.test/s"),
                NodeFactory.createURI("http://pedigree.test/p"), NodeFactory.createLiteralString(name)));
    }

    private String state() throws IOException {
        return Files.readString(dir.resolve(SnapshotSlot.STATE), StandardCharsets.UTF_8).strip();
    }

    @Test
    void the_first_commit_after_a_clean_state_makes_it_dirty_on_disk_and_a_rolled_back_write_does_not() throws IOException {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            addQuad(store, "a");
            SnapshotSlot slot = store.snapshotSlot().orElseThrow();
            assertTrue(slot.recordClean("s1", store.generation()));
            assertEquals("clean s1", state());
            assertThrows(IllegalStateException.class, () -> store.write(dsg -> {
                throw new IllegalStateException("rolled back");
            }));
            assertEquals(Optional.of("s1"), slot.unchangedSince(), "nothing was committed");
            addQuad(store, "b");
            assertEquals("dirty", state());
            assertEquals(Optional.empty(), slot.unchangedSince());
        }
        try (Tdb2LineageStore reopened = Tdb2LineageStore.open(dir)) {
            assertEquals(Optional.empty(), reopened.snapshotSlot().orElseThrow().unchangedSince(), "dirty stays dirty across a restart");
        }
    }

    @Test
    void a_snapshot_of_a_generation_the_store_moved_past_is_not_recorded_clean() throws IOException {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            long reflects = store.generation();
            addQuad(store, "a"); // committed after the snapshot's state was read
            assertFalse(store.snapshotSlot().orElseThrow().recordClean("s1", reflects));
            assertFalse(Files.exists(dir.resolve(SnapshotSlot.STATE)) && state().startsWith("clean"));
        }
    }

    @Test
    void compaction_keeps_the_snapshot_and_its_clean_state_and_a_closed_store_records_nothing() throws IOException {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            addQuad(store, "a");
            SnapshotSlot slot = store.snapshotSlot().orElseThrow();
            Files.writeString(slot.file(), "snapshot bytes");
            assertTrue(slot.recordClean("s1", store.generation()));
            long withoutSnapshot = store.sizeOnDisk();
            store.compact();
            assertEquals(Optional.of("s1"), slot.unchangedSince(), "a compaction copies the content unchanged");
            assertTrue(Files.exists(slot.file()));
            Files.writeString(slot.file(), "x".repeat(1 << 20));
            assertTrue(store.sizeOnDisk() < withoutSnapshot + (1 << 20), "the snapshot is not counted as the store's growth");
            store.close();
            assertFalse(slot.recordClean("s2", store.generation()));
        }
        assertTrue(Tdb2LineageStore.inMemory().snapshotSlot().isEmpty(), "a store in memory keeps no snapshot");
    }
}
