package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/**
 * The cache of rendered answers, over the demo: a page asked for again is sent from memory
 * ({@code X-Cache: hit}) with the same bytes and headers, per representation, and never after a
 * write; with the cache off the answers are the same.
 */
class AnswerCacheTest {
    private static final String MODEL = "/model/mistralai/Mistral-7B-v0.1";

    @TempDir
    static Path dir;
    static RunningServer running;
    static RunningServer uncached;

    @BeforeAll
    static void start() {
        running = RunningServer.withDemo(dir.resolve("cached"));
        uncached = RunningServer.withDemo(dir.resolve("uncached"), options -> options.pageCache(0));
    }

    @AfterAll
    static void stop() {
        running.close();
        uncached.close();
    }

    @Test
    void a_page_asked_for_again_is_the_same_bytes_and_etag_from_the_cache() {
        for (String path : List.of("/", "/models?q=mistral", "/dictionary", "/term/model-lineage", MODEL, MODEL + "/lineage.svg",
                "/.well-known/void", "/sitemap.xml", "/record/mistralai--Mistral-7B-v0.1")) {
            HttpResponse<byte[]> first = get(running, path, "text/html");
            HttpResponse<byte[]> again = get(running, path, "text/html");
            assertEquals(200, first.statusCode(), path);
            assertEquals(200, again.statusCode(), path);
            assertEquals(Optional.of("hit"), again.headers().firstValue("X-Cache"), path + " is served from the cache");
            assertArrayEquals(first.body(), again.body(), path);
            assertEquals(first.headers().firstValue("ETag"), again.headers().firstValue("ETag"), path);
            assertEquals(first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"), path);
            assertEquals(first.headers().allValues("Link"), again.headers().allValues("Link"), path);
        }
    }

    @Test
    void another_accept_gets_its_own_representation_never_the_cached_one_of_another_type() {
        get(running, MODEL, "text/html");
        HttpResponse<byte[]> html = get(running, MODEL, "text/html");
        HttpResponse<byte[]> turtle = get(running, MODEL, "text/turtle");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"),
                turtle.headers().firstValue("Content-Type").toString());
        assertNotEquals(html.headers().firstValue("ETag"), turtle.headers().firstValue("ETag"));
        HttpResponse<byte[]> turtleAgain = get(running, MODEL, "text/turtle");
        assertEquals(Optional.of("hit"), turtleAgain.headers().firstValue("X-Cache"));
        assertArrayEquals(turtle.body(), turtleAgain.body());
        assertEquals(Optional.of("Accept"), turtleAgain.headers().firstValue("Vary"));
    }

    @Test
    void a_hit_carries_the_security_and_cors_headers_of_a_fresh_answer() {
        HttpResponse<byte[]> fresh = get(running, "/query", "text/html");
        HttpResponse<byte[]> hit = get(running, "/query", "text/html");
        assertEquals(Optional.of("hit"), hit.headers().firstValue("X-Cache"));
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
                "Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Cache-Control")) {
            assertTrue(hit.headers().firstValue(header).isPresent(), header);
            assertEquals(fresh.headers().allValues(header), hit.headers().allValues(header), header);
        }
        assertTrue(hit.headers().firstValue("Content-Security-Policy").orElse("").contains("sha256-"), "the editor's own policy");
    }

    @Test
    void head_is_answered_from_a_hit_with_the_headers_and_no_body() {
        HttpResponse<byte[]> get = get(running, "/dictionary", "text/html");
        HttpResponse<byte[]> head = running.sendBytes(HttpRequest.newBuilder(running.uri("/dictionary")).header("Accept", "text/html")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals(Optional.of("hit"), head.headers().firstValue("X-Cache"));
        assertEquals(0, head.body().length);
        assertEquals(Optional.of(String.valueOf(get.body().length)), head.headers().firstValue("Content-Length"));
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
    }

    @Test
    void what_is_not_a_page_or_document_is_never_served_from_the_cache() {
        for (String path : List.of("/healthz", "/api/models/mistralai/Mistral-7B-v0.1/trace", "/sparql?query=ASK%7B%7D",
                "/static/pedigree.css", "/models/suggest?q=mis")) {
            get(running, path, null);
            assertFalse(get(running, path, null).headers().firstValue("X-Cache").isPresent(), path);
        }
        HttpResponse<byte[]> withToken = running.sendBytes(HttpRequest.newBuilder(running.uri("/dictionary"))
                .header("Authorization", "Bearer nothing").build());
        assertFalse(withToken.headers().firstValue("X-Cache").isPresent(), "a request with credentials is answered as usual");
    }

    @Test
    void after_a_write_the_changed_page_and_the_home_page_show_the_new_data() {
        String parent = "/model/HuggingFaceH4/zephyr-7b-beta";
        get(running, parent, "text/html");
        get(running, "/", "text/html");
        String before = count(running, "count-models");
        assertEquals(Optional.of("hit"), get(running, parent, "text/html").headers().firstValue("X-Cache"));

        write(running, dir.resolve("cached"), "model: acme/zephyr-cached\nlicence: mit\nbases:\n  - model: HuggingFaceH4/zephyr-7b-beta\n"
                + "    relation: finetune\n");

        HttpResponse<byte[]> changed = get(running, parent, "text/html");
        assertFalse(changed.headers().firstValue("X-Cache").isPresent(), "rendered again after the write");
        assertTrue(new String(changed.body()).contains("zephyr-cached"));
        assertEquals(String.valueOf(Long.parseLong(before) + 1), count(running, "count-models"), "the home page counts the new model");
        assertTrue(new String(get(running, "/models?q=zephyr", "text/html").body()).contains("zephyr-cached"));
    }

    @Test
    void with_the_cache_off_the_answers_are_the_same_and_none_is_a_hit() {
        for (String path : List.of("/dictionary", "/query", "/kind/quantized")) {
            HttpResponse<byte[]> cached = get(running, path, "text/html");
            HttpResponse<byte[]> plain = get(uncached, path, "text/html");
            get(uncached, path, "text/html");
            HttpResponse<byte[]> plainAgain = get(uncached, path, "text/html");
            assertEquals(200, plain.statusCode(), path);
            assertFalse(plainAgain.headers().firstValue("X-Cache").isPresent(), path);
            assertArrayEquals(plain.body(), plainAgain.body(), path);
            assertEquals(ports(running, cached), ports(uncached, plain), path);
            assertEquals(plain.headers().firstValue("Content-Security-Policy"), cached.headers().firstValue("Content-Security-Policy"));
        }
    }

    @Test
    void without_the_cache_the_home_page_counts_follow_a_write_on_the_next_request() {
        String before = count(uncached, "count-models");
        assertEquals(before, count(uncached, "count-models"));
        write(uncached, dir.resolve("uncached"), "model: acme/counted\nlicence: mit\nbases:\n  - model: HuggingFaceH4/zephyr-7b-beta\n"
                + "    relation: finetune\n");
        assertEquals(String.valueOf(Long.parseLong(before) + 1), count(uncached, "count-models"));
    }

    private static void write(RunningServer server, Path data, String record) {
        String token = new TokenStore(data).create("cache-test", EnumSet.of(TokenStore.Scope.WRITE));
        HttpResponse<String> created = server.send(HttpRequest.newBuilder(server.uri("/api/records")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(record)).build());
        assertEquals(201, created.statusCode(), created.body());
    }

    /** The body with the server's own address written as {@code localhost:PORT}, to compare two servers. */
    private static String ports(RunningServer server, HttpResponse<byte[]> response) {
        return new String(response.body()).replace("localhost:" + server.server.port(), "localhost:PORT");
    }

    private static String count(RunningServer server, String id) {
        return Jsoup.parse(new String(get(server, "/", "text/html").body())).getElementById(id).text();
    }

    private static HttpResponse<byte[]> get(RunningServer server, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return server.sendBytes(request.build());
    }
}
