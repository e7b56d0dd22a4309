package org.pedigree.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups written to disk with their checksum, and restores that replace a store only when complete. */
class BackupAndRestoreTest {
    private static final Node G = NodeFactory.createURI("urn:test:record");
    private static final Node S = NodeFactory.createURI("urn:test:s");
    private static final Node P = NodeFactory.createURI("urn:test:p");

    @TempDir
    Path dir;

    private static void put(LineageStore store, String... values) {
        store.write(dsg -> {
            for (String v : values) {
                dsg.add(G, S, P, NodeFactory.createLiteralString(v));
            }
        });
    }

    private static long quads(Path data) {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(data)) {
            return store.read(dsg -> dsg.stream().count());
        }
    }

    private Path backupOf(String... values) throws IOException {
        Path data = dir.resolve("source");
        try (Tdb2LineageStore store = Tdb2LineageStore.open(data)) {
            put(store, values);
            return BackupFile.write(dir.resolve("backup.nq.gz"), BackupFile.nquadsOf(store)).file();
        }
    }

    @Test
    void a_backup_has_a_checksum_in_sha256sum_format_and_no_temporary_file_is_left() throws Exception {
        Path backup = backupOf("a", "b");
        String sum = Files.readString(dir.resolve("backup.nq.gz.sha256"), StandardCharsets.UTF_8);
        assertTrue(sum.matches("[0-9a-f]{64}  backup\\.nq\\.gz\n"), sum);
        assertEquals(sum.substring(0, 64), BackupFile.verify(backup));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void restore_replaces_the_store_with_the_backup_and_keeps_the_write_tokens() throws Exception {
        Path backup = backupOf("a", "b", "c");
        Path target = dir.resolve("target");
        try (Tdb2LineageStore store = Tdb2LineageStore.open(target)) {
            put(store, "other");
        }
        Files.writeString(target.resolve("tokens.json"), "{\"tokens\":[]}");
        StoreRestore.Restored restored = StoreRestore.restore(backup, target);
        assertEquals(3, restored.quads());
        assertEquals(3, quads(target));
        assertTrue(Files.exists(target.resolve("tokens.json")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".")).count(), "no directory left aside");
        }
    }

    @Test
    void restore_into_a_new_directory_creates_the_store() throws Exception {
        Path backup = backupOf("a");
        StoreRestore.restore(backup, dir.resolve("new"));
        assertEquals(1, quads(dir.resolve("new")));
    }

    @Test
    void a_corrupted_backup_is_refused_naming_the_file_and_the_store_is_untouched() throws Exception {
        Path backup = backupOf("a", "b");
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(backup, bytes);
        Path target = dir.resolve("target");
        try (Tdb2LineageStore store = Tdb2LineageStore.open(target)) {
            put(store, "kept");
        }
        BackupProblem e = assertThrows(BackupProblem.class, () -> StoreRestore.restore(backup, target));
        assertTrue(e.getMessage().contains(backup.toString()) && e.getMessage().contains("does not match its checksum"), e.getMessage());
        assertEquals(1, quads(target));
    }

    @Test
    void a_backup_without_its_checksum_or_missing_altogether_is_refused() throws Exception {
        Path backup = backupOf("a");
        Files.delete(BackupFile.checksumFileOf(backup));
        BackupProblem noSum = assertThrows(BackupProblem.class, () -> StoreRestore.restore(backup, dir.resolve("t")));
        assertTrue(noSum.getMessage().contains("no checksum file backup.nq.gz.sha256"), noSum.getMessage());
        BackupProblem missing = assertThrows(BackupProblem.class, () -> StoreRestore.restore(dir.resolve("nope.nq.gz"), dir.resolve("t")));
        assertTrue(missing.getMessage().contains("there is no backup file " + dir.resolve("nope.nq.gz")), missing.getMessage());
        assertFalse(Files.exists(dir.resolve("t")));
    }

    @Test
    void a_directory_of_other_files_is_not_replaced() throws Exception {
        Path backup = backupOf("a");
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("notes.txt"), "mine");
        BackupProblem e = assertThrows(BackupProblem.class, () -> StoreRestore.restore(backup, home));
        assertTrue(e.getMessage().contains("holds files but no Pedigree store"), e.getMessage());
        assertEquals("mine", Files.readString(home.resolve("notes.txt")));
    }
}
