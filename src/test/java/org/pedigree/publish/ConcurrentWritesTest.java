package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/**
 * Writers and readers at once on a real server for a bounded time: each writer grows a chain of
 * derived models and now and then tries to close it into a cycle (refused); readers meanwhile
 * never see a cycle or a count going backwards, and at the end every chain is whole and the
 * counts add up to the acknowledged writes.
 */
class ConcurrentWritesTest {
    private static final int WRITERS = 3;
    private static final Duration RUN_FOR = Duration.ofSeconds(4);
    private static final String CYCLE = "ASK { ?m <http://www.w3.org/ns/prov#wasDerivedFrom>+ ?m }";
    private static final String RECORDS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER STRSTARTS(STR(?g), \"%srecord/stress--\") }";

    @TempDir
    Path dir;

    private static String yaml(int writer, int i) {
        String base = i == 0 ? "stress/root" : "stress/w" + writer + "-" + (i - 1);
        return "model: stress/w" + writer + "-" + i + "\nname: w" + writer + "-" + i + "\nlicence: mit\n"
                + "bases:\n  - model: " + base + "\n    relation: finetune\n"
                + "operation:\n  agent: stress\n  kind: lora\n";
    }

    private static String answer(RunningServer server, String query) {
        HttpResponse<String> csv = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        return csv.body().strip().split("\r?\n")[1].strip();
    }

    private static HttpResponse<String> post(RunningServer server, String token, String body) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/records")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> put(RunningServer server, String token, String id, String body) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/records/" + id)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void concurrent_writers_and_readers_keep_the_lineage_acyclic_and_the_counts_whole() throws Exception {
        try (RunningServer server = RunningServer.empty(dir, b -> b.writesPerMinute(1_000_000))) {
            String token = new TokenStore(dir).create("stress", EnumSet.of(TokenStore.Scope.WRITE));
            String records = RECORDS.formatted(server.server.baseUri());
            long until = System.nanoTime() + RUN_FOR.toNanos();
            AtomicInteger acknowledged = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    int i = 0;
                    while (System.nanoTime() < until) {
                        HttpResponse<String> created = post(server, token, yaml(writer, i));
                        assertEquals(201, created.statusCode(), created.body());
                        acknowledged.incrementAndGet();
                        i++;
                        if (i % 4 == 0) {
                            // re-base an early model of the chain on the newest one: a cycle, refused whole
                            String early = "model: stress/w" + writer + "-0\nname: w" + writer + "-0\nlicence: mit\n"
                                    + "bases:\n  - model: stress/w" + writer + "-" + (i - 1) + "\n    relation: finetune\n"
                                    + "operation:\n  agent: stress\n  kind: lora\n";
                            HttpResponse<String> cycle = put(server, token, "stress--w" + writer + "-0", early);
                            assertEquals(422, cycle.statusCode(), cycle.body());
                            assertTrue(cycle.body().contains("cycle"), cycle.body());
                        }
                    }
                    return i;
                }));
            }
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    long last = 0;
                    while (System.nanoTime() < until) {
                        int floor = acknowledged.get();
                        long seen = Long.parseLong(answer(server, records));
                        assertTrue(seen >= floor && seen >= last, "records seen " + seen + " after " + floor + " acknowledged, " + last + " before");
                        last = seen;
                        assertEquals("false", answer(server, CYCLE), "a reader saw a derivation cycle");
                        assertEquals(200, server.get("/", "text/html").statusCode());
                        reads++;
                    }
                    return reads;
                }));
            }
            int total = 0;
            List<Integer> chains = new ArrayList<>();
            for (Future<Integer> writer : writers) {
                chains.add(writer.get(2, TimeUnit.MINUTES));
                total += chains.getLast();
            }
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get(2, TimeUnit.MINUTES) > 0, "the readers ran");
            }
            pool.shutdown();
            assertTrue(total >= WRITERS * 4, "the writers wrote: " + chains);
            assertEquals(String.valueOf(total), answer(server, records), "stored records = acknowledged creates");
            assertEquals("false", answer(server, CYCLE));
            for (int w = 0; w < WRITERS; w++) {
                int last = chains.get(w) - 1;
                String ancestors = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { <" + server.server.baseUri() + "model/stress/w" + w + "-" + last
                        + "> <http://www.w3.org/ns/prov#wasDerivedFrom>+ ?a }";
                assertEquals(String.valueOf(last + 1), answer(server, ancestors), "the chain of writer " + w + " is whole down to the root");
            }
            assertFalse(server.store.isEmpty());
        }
    }
}
