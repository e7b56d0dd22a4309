package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.testing.RunningServer;

/** Stopping the server lets a request in flight finish, then refuses new connections. */
class GracefulStopTest {
    /** A query that keeps the server busy for a second or more over the demo data. */
    private static final String SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { { SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 3000000 } }";

    @TempDir
    Path dataDir;

    /** Sends the slow query until it holds the one query slot (a probe that took the slot first makes it 503: send it again). */
    private static CompletableFuture<HttpResponse<String>> slowQueryHoldingTheServer(RunningServer running) throws InterruptedException {
        String probe = "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 10; attempt++) {
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> running.get(
                    "/sparql?query=" + URLEncoder.encode(SLOW_QUERY, StandardCharsets.UTF_8), "text/csv"));
            Thread.sleep(100);
            while (!slow.isDone()) {
                if (running.get(probe, null).statusCode() == 503) {
                    return slow;
                }
                Thread.sleep(20);
            }
            assertEquals(503, slow.join().statusCode(), "the slow query finished before the stop: the test needs a heavier query");
        }
        throw new AssertionError("the slow query never held the server");
    }

    @Test
    void a_request_in_flight_completes_when_the_server_stops() throws Exception {
        // One query at a time: a probe answered 503 proves the slow query is running in the server.
        RunningServer running = RunningServer.withDemo(dataDir, options -> options.maxConcurrentQueries(1));
        try {
            CompletableFuture<HttpResponse<String>> inFlight = slowQueryHoldingTheServer(running);
            long stopAsked = System.nanoTime();
            running.server.stop();
            HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("n\r\n3000000\r\n", response.body());
            assertTrue(System.nanoTime() > stopAsked);
            assertThrows(Exception.class, () -> running.get("/healthz"), "a stopped server accepts no new request");
        } finally {
            running.store.close();
        }
    }
}
