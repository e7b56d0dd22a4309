package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.BackupFile;
import org.pedigree.store.BackupProblem;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.LoadLoop;
import org.pedigree.testing.PedigreeProcess;

/**
 * kill -9 of the packaged jar during single record writes (API POSTs), a compaction and a backup, and a
 * restart under load: after each restart every acknowledged write is there, none is there in
 * part, and the store opens. {@code -Dpedigree.faultRounds=N} repeats each case (bench/stress.sh).
 */
class FaultInjectionIT {
    private static final int ROUNDS = Integer.getInteger("pedigree.faultRounds", 1);
    private static final String BASE = LoadLoop.BASE;
    private static final String RECORDS = BASE + "record/loop--";
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
    private static final RecordReaders READERS = new RecordReaders(new InstanceIris(BASE), Knowledge.bundled());

    @TempDir
    Path dir;

    @org.junit.jupiter.api.AfterEach
    void stopEverything() {
        testOver.set(true);
        servers.stream().filter(server -> server.process.isAlive()).forEach(PedigreeProcess::kill9);
    }

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);

    private static int triplesOf(String yaml) {
        return READERS.read(new RecordSource("r.yaml", yaml.getBytes(StandardCharsets.UTF_8), null)).getFirst().graph().size();
    }

    private PedigreeProcess serve(Path data) {
        return serve(data, "off");
    }

    private PedigreeProcess serve(Path data, String compactThreshold) {
        PedigreeProcess server = PedigreeProcess.serve(data, "--no-demo", "--base-uri", BASE, "--compact-threshold", compactThreshold);
        servers.add(server);
        return server;
    }

    /** Why a writer stopped other than by a kill, if it did. */
    private final java.util.concurrent.atomic.AtomicReference<Throwable> writerFailed = new java.util.concurrent.atomic.AtomicReference<>();
    /** Every server and writer of this test, stopped after it even when it fails. */
    private final List<PedigreeProcess> servers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicBoolean testOver = new AtomicBoolean();

    /** Waits until {@code acked} holds {@code n} records (a minute at most), failing at once when a writer failed. */
    private void awaitAcknowledged(Set<String> acked, int n) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (acked.size() < n) {
            if (writerFailed.get() != null) {
                throw new AssertionError("a writer failed (seed " + seed + ")", writerFailed.get());
            }
            assertTrue(System.nanoTime() < deadline, "only " + acked.size() + " of " + n + " writes acknowledged in a minute");
            PedigreeProcess.sleep(5);
        }
    }

    /** POSTs records r{run}-b{batch}-m0… one request each until stopped; the ids the server acknowledged go into {@code acked}. */
    private Thread writer(PedigreeProcess server, String token, int run, int batch, Set<String> acked, AtomicBoolean stop) {
        Thread thread = new Thread(() -> {
            for (int r = 0; !stop.get() && !testOver.get(); r++) {
                String id = "loop--r" + run + "-b" + batch + "-m" + r;
                try {
                    HttpResponse<String> put = server.send(server.request("/api/records")
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/yaml")
                            .POST(HttpRequest.BodyPublishers.ofString(LoadLoop.recordYaml(run, batch, r))));
                    if (put.statusCode() == 200 || put.statusCode() == 201) {
                        acked.add(BASE + "record/" + id);
                    } else if (put.statusCode() == 429) {
                        PedigreeProcess.sleep(1000);  // the token's write rate limit: this record was not stored
                        r--;
                    } else {
                        writerFailed.set(new AssertionError("POST " + id + " answered " + put.statusCode() + ": " + put.body()));
                        return;
                    }
                } catch (java.io.UncheckedIOException e) {
                    return;  // the server was killed under this request: it is not acknowledged
                }
            }
        }, "writer-" + batch);
        thread.start();
        return thread;
    }

    /** Every acknowledged record is there, and every record there is whole. */
    private void assertIntact(PedigreeProcess server, Set<String> acked, String context) {
        Map<String, Integer> stored = server.triplesPerGraph(RECORDS);
        for (String record : acked) {
            assertTrue(stored.containsKey(record), context + ": acknowledged " + record + " is missing (seed " + seed + ")");
        }
        int whole = triplesOf(LoadLoop.recordYaml(0, 0, 1));
        stored.forEach((record, triples) -> assertEquals(whole, triples, context + ": " + record + " is stored in part (seed " + seed + ")"));
    }

    private String adminToken(Path data) {
        return new TokenStore(data).create("ops" + random.nextInt(1_000_000), EnumSet.of(TokenStore.Scope.ADMIN));
    }

    @Test
    void sigkill_during_record_writes_keeps_every_acknowledged_one_and_no_partial_one() {
        Path data = dir.resolve("data");
        Set<String> acked = ConcurrentHashMap.newKeySet();
        String token = adminToken(data);
        for (int run = 0; run < ROUNDS; run++) {
            PedigreeProcess server = serve(data);
            assertIntact(server, acked, "after restart " + run);
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = List.of(writer(server, token, run, 0, acked, stop), writer(server, token, run, 1, acked, stop));
            awaitAcknowledged(acked, acked.size() + 4 + random.nextInt(12));
            PedigreeProcess.sleep(random.nextInt(40));
            server.kill9();
            stop.set(true);
            writers.forEach(FaultInjectionIT::join);
        }
        PedigreeProcess last = serve(data);
        try {
            assertIntact(last, acked, "after the last kill");
        } finally {
            last.sigterm();
        }
    }

    @Test
    void sigkill_during_a_compaction_leaves_a_store_that_opens_whole_and_compacts_again() {
        Path data = dir.resolve("data");
        Set<String> acked = ConcurrentHashMap.newKeySet();
        String token = adminToken(data);
        int killedMidCompaction = 0;
        for (int run = 0; run < ROUNDS; run++) {
            PedigreeProcess server = serve(data);
            assertIntact(server, acked, "after restart " + run);
            AtomicBoolean stop = new AtomicBoolean();
            Thread writing = writer(server, token, run, 0, acked, stop);
            awaitAcknowledged(acked, (run + 1) * 10);
            List<String> generationsBefore = generations(data);
            // straight to the endpoint (a client JVM would start too slowly to be caught mid-way)
            var compacting = HTTP.sendAsync(server.request("/api/admin/compact").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            PedigreeProcess.sleep(random.nextInt(300));
            server.kill9();
            List<String> generationsAfter = generations(data);
            if (!generationsAfter.equals(generationsBefore) && generationsAfter.stream().anyMatch(n -> n.endsWith("-tmp"))) {
                killedMidCompaction++;
            }
            stop.set(true);
            join(writing);
            compacting.handle((response, failure) -> null).join();
        }
        System.out.println("FaultInjectionIT: " + killedMidCompaction + " of " + ROUNDS + " kills came while a compaction was copying");
        PedigreeProcess.Ended offline = PedigreeProcess.run("compact", "--data", data.toString());
        assertEquals(0, offline.code(), "a compaction after the kills cleans up and works: " + offline.output());
        PedigreeProcess last = serve(data);
        try {
            assertIntact(last, acked, "after the kills and a compaction");
        } finally {
            last.sigterm();
        }
    }

    @Test
    void a_backup_killed_part_way_is_never_restored_and_a_server_killed_during_one_keeps_its_writes() throws Exception {
        Path data = dir.resolve("data");
        Set<String> acked = ConcurrentHashMap.newKeySet();
        String token = adminToken(data);
        PedigreeProcess server = serve(data);
        AtomicBoolean stop = new AtomicBoolean();
        Thread writing = writer(server, token, 0, 0, acked, stop);
        awaitAcknowledged(acked, 20);
        for (int run = 0; run < ROUNDS; run++) {
            Path backup = dir.resolve("killed-" + run + ".nq.gz");
            Process client = PedigreeProcess.start("backup", "--server", server.url(), "--token", token, "--out", backup.toString());
            PedigreeProcess.sleep(300 + random.nextInt(700));
            PedigreeProcess.signal(client, "-KILL");
            assertWholeIfItVerifies(backup, "a backup killed part-way");
        }
        // A backup taken while writes go on is complete and consistent: every record in it is whole.
        Path online = dir.resolve("online.nq.gz");
        PedigreeProcess.Ended backedUp = PedigreeProcess.run("backup", "--server", server.url(), "--token", token, "--out", online.toString());
        assertEquals(0, backedUp.code(), backedUp.output());
        BackupFile.verify(online);

        PedigreeProcess.Ended refused = PedigreeProcess.run("restore", online.toString(), "--data", data.toString());
        assertEquals(1, refused.code(), refused.output());
        assertTrue(refused.output().contains("is in use by another process (pid " + server.process.pid() + ")")
                && refused.output().contains("stop the server that holds it"), refused.output());
        assertFalse(refused.output().contains("\tat "), refused.output());

        // kill -9 of the server while it streams a backup: the client keeps nothing, the store keeps every acknowledged write
        Path cut = dir.resolve("cut.nq.gz");
        Process client = PedigreeProcess.start("backup", "--server", server.url(), "--token", token, "--out", cut.toString());
        PedigreeProcess.sleep(300 + random.nextInt(900));
        server.kill9();
        stop.set(true);
        join(writing);
        PedigreeProcess.Ended cutShort = PedigreeProcess.finish(client);
        if (cutShort.code() != 0) {
            assertTrue(cutShort.output().contains("pedigree: "), cutShort.output());
        }
        assertWholeIfItVerifies(cut, "a backup whose server was killed");
        PedigreeProcess restarted = serve(data);
        try {
            assertIntact(restarted, acked, "after a kill during a backup");
        } finally {
            restarted.sigterm();
        }
        Path restored = dir.resolve("restored");
        PedigreeProcess.Ended restore = PedigreeProcess.run("restore", online.toString(), "--data", restored.toString());
        assertEquals(0, restore.code(), restore.output());
        PedigreeProcess copy = serve(restored);
        try {
            Map<String, Integer> inBackup = copy.triplesPerGraph(RECORDS);
            assertTrue(inBackup.size() >= 20, "the backup holds the records acknowledged before it began: " + inBackup.size());
            assertIntact(copy, Set.of(), "restored from a backup taken under writes");
        } finally {
            copy.sigterm();
        }
    }

    @Test
    void a_restart_under_load_stops_cleanly_and_keeps_every_acknowledged_write() {
        Path data = dir.resolve("data");
        Set<String> acked = ConcurrentHashMap.newKeySet();
        String token = adminToken(data);
        // the automatic policy on a hair trigger, so a background compaction may meet the load and the stop
        PedigreeProcess server = serve(data, "1m");
        assertTrue(server.awaitText("automatic compaction after 1.0 MB of growth").contains("automatic compaction after 1.0 MB of growth"), server.text());
        AtomicBoolean stop = new AtomicBoolean();
        Thread writing = writer(server, token, 0, 0, acked, stop);
        Thread reading = new Thread(() -> {
            while (!stop.get()) {
                try {
                    server.triplesPerGraph(RECORDS);
                } catch (RuntimeException | AssertionError e) {
                    return;  // the server is stopping
                }
            }
        });
        reading.start();
        awaitAcknowledged(acked, 10);
        server.sigterm();
        stop.set(true);
        join(writing);
        join(reading);
        assertEquals(143, server.process.exitValue(), server.text());
        assertTrue(server.awaitText("Store closed cleanly").contains("Store closed cleanly"), server.text());
        PedigreeProcess again = serve(data);
        try {
            assertIntact(again, acked, "after a SIGTERM under load");
        } finally {
            again.sigterm();
        }
    }

    /** The TDB2 generation directories of a store ({@code Data-0001}, {@code Data-0002-tmp} while a compaction copies). */
    private static List<String> generations(Path data) {
        try (var entries = Files.list(data)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A killed backup may have finished just before the kill; what must never be is a file that
     * passes its checksum without being a whole backup (gzip to its end, N-Quads to the last line).
     */
    private void assertWholeIfItVerifies(Path backup, String context) {
        if (!Files.exists(backup) || !verifies(backup)) {
            return;
        }
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(backup))) {
            org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.NQUADS)
                    .parse(org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        } catch (java.io.IOException | RuntimeException e) {
            throw new AssertionError(context + " left a file that passes its checksum but is not whole (seed " + seed + ")", e);
        }
    }

    private static boolean verifies(Path backup) {
        try {
            BackupFile.verify(backup);
            return true;
        } catch (BackupProblem e) {
            return false;
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertFalse(thread.isAlive(), thread.getName() + " did not stop");
    }
}
