package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.testing.RunningServer;

/**
 * A server answers from the moment it starts: while its lineage index is being prepared (held
 * here by a real write transaction that the index's first sync must wait for), {@code /readyz}
 * says why it is not ready and the lineage pages ask to retry; then everything answers.
 */
class WarmUpTest {
    @TempDir
    Path data;

    @Test
    void while_the_lineage_index_warms_up_readyz_and_lineage_pages_answer_503_with_a_reason_and_static_pages_answer() throws Exception {
        Tdb2LineageStore store = Tdb2LineageStore.open(data);
        PedigreeServer server = PedigreeServer.create().store(store).baseUri("http://pedigree.test/").port(0).build();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = null;
        try {
            server.pedigree().prepare(true);
            writer = holdTheWriter(store, holding, release);
            server.start();
            Client client = new Client(server);

            HttpResponse<String> warming = client.get("/readyz", null);
            assertEquals(503, warming.statusCode(), warming.body());
            assertTrue(warming.body().contains("\"status\":\"warming up\""), warming.body());
            assertTrue(warming.body().contains("lineage index"), warming.body());
            assertTrue(warming.headers().firstValue("Retry-After").isPresent());
            assertEquals(200, client.get("/healthz", null).statusCode(), "the process is alive");

            HttpResponse<String> trace = client.get("/api/models/HuggingFaceH4/zephyr-7b-beta/trace", "application/json");
            assertEquals(503, trace.statusCode(), trace.body());
            assertTrue(trace.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
            assertEquals("5", trace.headers().firstValue("Retry-After").orElse(""));
            assertTrue(trace.body().contains("still warming up") || trace.body().contains("retry"), trace.body());
            HttpResponse<String> page = client.get("/model/HuggingFaceH4/zephyr-7b-beta", "text/html");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("lineage answers in a few seconds"), page.body());
            assertTrue(page.headers().firstValue("Retry-After").isPresent());

            HttpResponse<String> home = client.get("/", "text/html");
            assertEquals(503, home.statusCode(), "the home page lists the families of the index");
            assertTrue(home.headers().firstValue("Retry-After").isPresent());
            assertEquals(200, client.get("/static/pedigree.css", null).statusCode(), "static files need no index");
            String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
            assertEquals(200, client.get("/sparql?query=" + ask, "application/sparql-results+json").statusCode(), "SPARQL answers");

            release.countDown();
            assertTrue(server.awaitReady(Duration.ofMinutes(1)));
            HttpResponse<String> ready = client.get("/readyz", null);
            assertEquals(200, ready.statusCode(), ready.body());
            assertEquals(200, client.get("/api/models/HuggingFaceH4/zephyr-7b-beta/trace", "application/json").statusCode());
            assertEquals(200, client.get("/model/HuggingFaceH4/zephyr-7b-beta", "text/html").statusCode());
        } finally {
            release.countDown();
            if (writer != null) {
                writer.join();
            }
            server.stop();
            store.close();
        }
    }

    @Test
    void a_server_stopped_while_it_warms_up_stops_promptly_and_closes_its_store() throws Exception {
        Tdb2LineageStore store = Tdb2LineageStore.open(data);
        PedigreeServer server = PedigreeServer.create().store(store).baseUri("http://pedigree.test/").port(0).build();
        server.pedigree().prepare(true);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = holdTheWriter(store, holding, release);
        server.start();
        Thread.ofPlatform().start(() -> {
            sleepQuietly(500);
            release.countDown(); // the stop below waits for the warm-up, which stops at its next node once the store is free
        });
        server.stop();
        writer.join();
        store.close(); // no transaction of the warm-up is left open
        try (RunningServer again = RunningServer.withDemo(data, options -> options.baseUri("http://pedigree.test/"))) {
            assertEquals(200, again.get("/api/models/HuggingFaceH4/zephyr-7b-beta/trace", "application/json").statusCode());
        }
    }

    /**
     * A write transaction that holds the store's one writer's place (so the warm-up's first sync of
     * computed facts waits) until {@code release}, then rolls back; returns once it holds it.
     */
    private static Thread holdTheWriter(Tdb2LineageStore store, CountDownLatch holding, CountDownLatch release) throws InterruptedException {
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                store.write(dsg -> {
                    holding.countDown();
                    awaitQuietly(release);
                    throw new IllegalStateException("rolled back on purpose");
                });
            } catch (IllegalStateException expected) {
                // the write held the store's one writer's place, then rolled back
            }
        });
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        return writer;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Plain HTTP to a server that {@link RunningServer} did not start (it would wait for the index). */
    private record Client(PedigreeServer server) {
        HttpResponse<String> get(String path, String accept) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                    .timeout(Duration.ofSeconds(30)).GET();
            if (accept != null) {
                request.header("Accept", accept);
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
