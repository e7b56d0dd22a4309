package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/** {@code pedigree backup}, {@code restore} and {@code compact} as a user runs them: offline on --data and online with --server. */
class DataManagementCommandsTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
        String all() {
            return err + out;
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path loaded() {
        Path data = dir.resolve("data");
        Result load = run("load", "--data", data.toString(), "docs/examples");
        assertEquals(0, load.code(), load.all());
        return data;
    }

    private static DatasetGraph contents(Path data) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        try (Tdb2LineageStore store = Tdb2LineageStore.open(data)) {
            store.read(dsg -> {
                dsg.find().forEachRemaining(copy::add);
                return null;
            });
        }
        return copy;
    }

    private static DatasetGraph parse(Path backup) throws Exception {
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(parsed);
        }
        return parsed;
    }

    /** The same named graphs, each isomorphic (blank nodes get new labels on the way through N-Quads). */
    private static boolean sameQuads(DatasetGraph a, DatasetGraph b) {
        java.util.Set<org.apache.jena.graph.Node> names = new java.util.HashSet<>();
        a.listGraphNodes().forEachRemaining(names::add);
        java.util.Set<org.apache.jena.graph.Node> otherNames = new java.util.HashSet<>();
        b.listGraphNodes().forEachRemaining(otherNames::add);
        return names.equals(otherNames) && a.stream().count() == b.stream().count()
                && names.stream().allMatch(g -> a.getGraph(g).isIsomorphicWith(b.getGraph(g)));
    }

    @Test
    void a_backup_restored_into_another_directory_holds_exactly_the_same_quads() throws Exception {
        Path data = loaded();
        Path backup = dir.resolve("b.nq.gz");
        Result backedUp = run("backup", "--data", data.toString(), "--out", backup.toString());
        assertEquals(0, backedUp.code(), backedUp.all());
        assertTrue(backedUp.err().contains("Backed up the store to " + backup) && backedUp.err().contains("b.nq.gz.sha256"), backedUp.err());

        Path copy = dir.resolve("copy");
        Result restored = run("restore", backup.toString(), "--data", copy.toString());
        assertEquals(0, restored.code(), restored.all());
        DatasetGraph original = contents(data);
        assertTrue(restored.err().contains("Restored " + original.stream().count() + " quads"), restored.err());
        assertTrue(sameQuads(original, contents(copy)), "the restored store holds the same quads");
        assertTrue(sameQuads(original, parse(backup)), "the backup holds the same quads");
    }

    @Test
    void a_corrupted_backup_is_refused_in_one_line_naming_it_and_the_store_is_unchanged() throws Exception {
        Path data = loaded();
        Path backup = dir.resolve("b.nq.gz");
        assertEquals(0, run("backup", "--data", data.toString(), "--out", backup.toString()).code());
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(backup, bytes);
        long before = contents(data).stream().count();

        Result refused = run("restore", backup.toString(), "--data", data.toString());
        assertEquals(1, refused.code(), refused.all());
        assertTrue(refused.err().startsWith("pedigree: the backup " + backup + " does not match its checksum in b.nq.gz.sha256"), refused.err());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertEquals(before, contents(data).stream().count());
    }

    @Test
    void restoring_a_missing_file_or_compacting_where_there_is_no_store_says_what_to_change() {
        Result missing = run("restore", dir.resolve("nope.nq.gz").toString(), "--data", dir.resolve("d").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("there is no backup file " + dir.resolve("nope.nq.gz")), missing.err());

        Result noStore = run("compact", "--data", dir.resolve("empty").toString());
        assertEquals(1, noStore.code());
        assertTrue(noStore.err().contains("there is no store in " + dir.resolve("empty") + " to compact"), noStore.err());
        assertFalse(Files.exists(dir.resolve("empty")), "nothing is created");

        Result noBackupStore = run("backup", "--data", dir.resolve("empty").toString(), "--out", dir.resolve("x.nq.gz").toString());
        assertEquals(1, noBackupStore.code());
        assertTrue(noBackupStore.err().contains("to back up: point --data"), noBackupStore.err());

        Result toServer = run("restore", dir.resolve("x.nq.gz").toString(), "--server", "http://localhost:1/");
        assertEquals(1, toServer.code());
        assertTrue(toServer.err().contains("restore works on --data, not on a running server"), toServer.err());
    }

    @Test
    void compact_offline_reports_the_sizes_and_keeps_the_data() {
        Path data = loaded();
        long before = contents(data).stream().count();
        Result compacted = run("compact", "--data", data.toString());
        assertEquals(0, compacted.code(), compacted.all());
        assertTrue(compacted.err().matches("(?s)Compacted the store in .*: [0-9.]+ [KMG]?B → [0-9.]+ [KMG]?B in [0-9.]+ s\\s*"), compacted.err());
        assertEquals(before, contents(data).stream().count());
    }

    @Test
    void online_backup_and_compaction_need_an_admin_token_and_work_with_one() throws Exception {
        Path data = dir.resolve("served");
        try (RunningServer server = RunningServer.withDemo(data)) {
            TokenStore tokens = new TokenStore(data);
            String admin = tokens.create("ops", EnumSet.of(TokenStore.Scope.ADMIN));
            String writer = tokens.create("ci", EnumSet.of(TokenStore.Scope.WRITE));
            String url = "http://localhost:" + server.server.port() + "/";
            Path backup = dir.resolve("online.nq.gz");

            Result noToken = run("backup", "--server", url, "--out", backup.toString());
            assertEquals(1, noToken.code());
            assertTrue(noToken.err().contains("needs an admin token") && noToken.err().contains("--scope admin"), noToken.err());
            Result writeOnly = run("backup", "--server", url, "--token", writer, "--out", backup.toString());
            assertEquals(1, writeOnly.code());
            assertTrue(writeOnly.err().contains("HTTP 403") && writeOnly.err().contains("admin scope"), writeOnly.err());
            assertFalse(Files.exists(backup), "a refused backup leaves no file");

            Result online = run("backup", "--server", url, "--token", admin, "--out", backup.toString());
            assertEquals(0, online.code(), online.all());
            DatasetGraph served = server.store.read(dsg -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                dsg.find().forEachRemaining(copy::add);
                return copy;
            });
            assertTrue(sameQuads(served, parse(backup)));

            Result compacted = run("compact", "--server", url, "--token", admin);
            assertEquals(0, compacted.code(), compacted.all());
            assertTrue(compacted.err().contains("Compacted the store of " + url + ": "), compacted.err());
            assertEquals(200, server.get("/model/mistralai/Mistral-7B-v0.1", "text/html").statusCode(), "pages answer after the switch");
        }
    }

    @Test
    void the_compaction_threshold_is_a_size_or_off_and_a_bad_one_names_its_source() {
        ServeOptions flags = ServeConfigTest.options("--data", dir.toString(), "--compact-threshold", "512m");
        assertEquals(512L << 20, ServeConfig.resolve(flags, Map.of()).compactThreshold());
        ServeOptions none = ServeConfigTest.options("--data", dir.toString());
        assertEquals(0, ServeConfig.resolve(none, Map.of("PEDIGREE_COMPACT_THRESHOLD", "off")).compactThreshold());
        assertEquals(1L << 30, ServeConfig.resolve(none, Map.of()).compactThreshold());
        ConfigException bad = assertThrows(ConfigException.class,
                () -> ServeConfig.resolve(none, Map.of("PEDIGREE_COMPACT_THRESHOLD", "huge")));
        assertEquals("environment variable PEDIGREE_COMPACT_THRESHOLD = 'huge' is not a size such as 512m or 2g, or off", bad.getMessage());
    }
}
