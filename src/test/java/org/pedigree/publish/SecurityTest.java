package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/**
 * One test per attack of docs/SECURITY.md, each asserting the refusal and that nothing happened:
 * no outbound connection (a local listener sees none), nothing stored, nothing leaked.
 */
class SecurityTest {
    @TempDir
    static Path dir;
    static RunningServer running;
    static String token;

    @BeforeAll
    static void start() {
        running = RunningServer.withDemo(dir.resolve("data"), options -> options.queryTimeout(Duration.ofSeconds(1)).maxConcurrentQueries(1));
        token = new TokenStore(dir.resolve("data")).create("writer", EnumSet.of(TokenStore.Scope.WRITE));
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    /** A local port that records whether anything connected to it. */
    static final class Listener implements AutoCloseable {
        final ServerSocket socket;

        Listener() throws IOException {
            socket = new ServerSocket(0);
            socket.setSoTimeout(1500);
        }

        String url(String path) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }

        boolean contacted() throws IOException {
            try {
                socket.accept().close();
                return true;
            } catch (SocketTimeoutException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long quads() {
        return running.store.read(dsg -> dsg.stream().count());
    }

    static HttpResponse<String> post(String path, String type, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(running.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return running.send(request.build());
    }

    @Test
    void ssrf_through_service_is_refused() throws Exception {
        try (Listener listener = new Listener()) {
            String query = "SELECT * WHERE { SERVICE <" + listener.url("/sparql") + "> { ?s ?p ?o } }";
            assertTrue(running.get("/sparql?query=" + encode(query), "application/sparql-results+json").statusCode() >= 400);
            assertFalse(listener.contacted(), "the server connected out");
        }
    }

    @Test
    void an_allow_list_opens_service_to_the_endpoints_it_names_only() throws Exception {
        String allowed = running.server.baseUri() + "sparql";
        try (RunningServer federating = RunningServer.empty(dir.resolve("federating"),
                options -> options.serviceAllowList(java.util.Set.of(allowed)));
             Listener listener = new Listener()) {
            String ok = "SELECT ?m WHERE { SERVICE <" + allowed + "> { ?m <https://w3id.org/pedigree#hfId> \"mistralai/Mistral-7B-v0.1\" } }";
            HttpResponse<String> answer = federating.get("/sparql?query=" + encode(ok), "text/csv");
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("model/mistralai/Mistral-7B-v0.1"), answer.body());
            String other = "SELECT * WHERE { SERVICE <" + listener.url("/sparql") + "> { ?s ?p ?o } }";
            assertTrue(federating.get("/sparql?query=" + encode(other), "text/csv").statusCode() >= 400);
            assertFalse(listener.contacted(), "an endpoint off the list was called");
        }
    }

    @Test
    void ssrf_through_load_is_refused() throws Exception {
        long before = quads();
        try (Listener listener = new Listener()) {
            HttpResponse<String> response = post("/sparql", "application/x-www-form-urlencoded",
                    "update=" + encode("LOAD <" + listener.url("/data.ttl") + ">"), token);
            assertTrue(response.statusCode() >= 400, "LOAD answered " + response.statusCode());
            assertFalse(listener.contacted(), "the server connected out");
        }
        assertEquals(before, quads());
    }

    @Test
    void ssrf_through_from_and_from_named_is_refused() throws Exception {
        try (Listener listener = new Listener()) {
            for (String query : new String[] {"SELECT * FROM <" + listener.url("/g") + "> WHERE { ?s ?p ?o } LIMIT 1",
                    "SELECT * FROM NAMED <" + listener.url("/g") + "> WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"}) {
                running.get("/sparql?query=" + encode(query), "application/sparql-results+json");
            }
            assertFalse(listener.contacted(), "the server fetched a FROM graph");
        }
    }

    @Test
    void xxe_in_rdf_xml_is_refused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-" + System.nanoTime());
        long before = quads();
        try (Listener listener = new Listener()) {
            for (String entity : new String[] {listener.url("/x"), secret.toUri().toString()}) {
                String xml = """
                        <?xml version="1.0"?>
                        <!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM "%s"> ]>
                        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:schema="http://schema.org/">
                          <rdf:Description rdf:about="model/evil/xxe">
                            <rdf:type rdf:resource="https://w3id.org/pedigree#Model"/>
                            <schema:name>&x;</schema:name>
                          </rdf:Description>
                        </rdf:RDF>
                        """.formatted(entity);
                HttpResponse<String> response = post("/api/records", "application/rdf+xml", xml, token);
                assertTrue(response.statusCode() >= 400, "XXE answered " + response.statusCode() + ": " + response.body());
                assertFalse(response.body().contains("TOP-SECRET"), "the file leaked into the answer");
            }
            assertFalse(listener.contacted(), "the parser fetched the external entity");
        }
        assertEquals(before, quads());
    }

    @Test
    void a_remote_json_ld_context_is_refused_and_never_fetched() throws Exception {
        try (Listener listener = new Listener()) {
            String jsonld = "{\"@context\": \"" + listener.url("/context.jsonld") + "\", \"@id\": \"model/evil/ctx\", \"@type\": \"Model\"}";
            HttpResponse<String> response = post("/api/records", "application/ld+json", jsonld, token);
            assertEquals(400, response.statusCode(), response.body());
            assertFalse(listener.contacted(), "the context was fetched");
        }
    }

    @Test
    void yaml_type_injection_and_alias_bombs_are_refused() throws Exception {
        long before = quads();
        try (Listener listener = new Listener()) {
            String gadget = "model: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\""
                    + listener.url("/") + "\"]]]]\n";
            assertEquals(400, post("/api/records", "application/yaml", gadget, token).statusCode());
            assertFalse(listener.contacted(), "a YAML tag built an object that connected out");
        }
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        long start = System.nanoTime();
        assertEquals(400, post("/api/records", "application/yaml", "model: a/b\noperation:\n  hyperparameters:\n" + bomb.toString().indent(4), token).statusCode());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "the aliases were not expanded");
        assertEquals(before, quads());
    }

    @Test
    void an_oversized_upload_is_413() {
        String big = "# " + "x".repeat(17 * 1024 * 1024) + "\nmodel: a/b\n";
        // As a client uploading that much should: it asks first (Expect: 100-continue), so the refusal does not race the body.
        assertEquals(413, running.send(HttpRequest.newBuilder(running.uri("/api/records")).expectContinue(true)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build()).statusCode());
    }

    @Test
    void an_expensive_query_is_stopped_by_the_timeout_while_the_server_keeps_answering() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> expensive = CompletableFuture.supplyAsync(
                () -> running.get("/sparql?query=" + encode(crossProduct), "text/csv"));
        Thread.sleep(200);
        long healthStart = System.nanoTime();
        assertEquals(200, running.get("/healthz").statusCode());
        assertTrue(System.nanoTime() - healthStart < TimeUnit.SECONDS.toNanos(2), "other requests are answered meanwhile");
        HttpResponse<String> response = expensive.get(60, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "the query was stopped");
        assertFalse(response.statusCode() == 200 && response.body().matches("(?s)n\\r?\\n\\d+\\r?\\n"),
                "a cross product of the store cannot finish in a second: " + response.statusCode() + " " + response.body());
    }

    @Test
    void queries_beyond_the_cap_get_503_with_retry_after_and_the_cap_frees_up() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> running.get("/sparql?query=" + encode(slow), "text/csv"));
        Thread.sleep(300);
        HttpResponse<String> refused = running.get("/sparql?query=" + encode("ASK {}"), "application/sparql-results+json");
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().startsWith("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"), refused.body());
        first.get(60, TimeUnit.SECONDS);
        // The slot is released just after the last byte of the first answer is sent: allow a moment.
        int status = 0;
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); status != 200 && System.nanoTime() < end; Thread.sleep(50)) {
            status = running.get("/sparql?query=" + encode("ASK {}"), "application/sparql-results+json").statusCode();
        }
        assertEquals(200, status, "the cap frees up once the first query is done");
    }

    @Test
    void writes_beyond_the_rate_limit_get_429_with_retry_after() {
        try (RunningServer limited = RunningServer.empty(dir.resolve("limited"), options -> options.writesPerMinute(2))) {
            String limitedToken = new TokenStore(dir.resolve("limited")).create("busy", EnumSet.of(TokenStore.Scope.WRITE));
            for (int i = 0; i < 3; i++) {
                String record = "model: busy/m" + i + "\nname: m" + i + "\nlicence: mit\nbases:\n  - model: a/b\n    relation: finetune\n";
                HttpResponse<String> response = limited.send(HttpRequest.newBuilder(limited.uri("/api/records"))
                        .header("Authorization", "Bearer " + limitedToken).header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString(record)).build());
                if (i < 2) {
                    assertEquals(201, response.statusCode(), response.body());
                } else {
                    assertEquals(429, response.statusCode(), response.body());
                    assertTrue(Integer.parseInt(response.headers().firstValue("Retry-After").orElse("0")) >= 1);
                    assertEquals(404, limited.get("/api/records/busy--m2", "application/json").statusCode(), "the refused write stored nothing");
                }
            }
        }
    }

    @Test
    void update_and_graph_store_writes_are_refused_without_a_token_and_with_a_wrong_one() {
        long before = quads();
        String record = "<" + running.server.baseUri() + "record/mistralai--Mistral-7B-v0.1>";
        String insert = "update=" + encode("INSERT DATA { GRAPH " + record + " { <urn:x:s> <urn:x:p> <urn:x:o> } }");
        String graph = "/sparql?graph=" + encode(record.substring(1, record.length() - 1));
        for (String bearer : new String[] {null, "pdg_000000000000_" + "x".repeat(43)}) {
            assertEquals(401, post("/sparql", "application/x-www-form-urlencoded", insert, bearer).statusCode());
            HttpRequest.Builder put = HttpRequest.newBuilder(running.uri(graph)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."));
            if (bearer != null) {
                put.header("Authorization", "Bearer " + bearer);
            }
            assertEquals(401, running.send(put.build()).statusCode(), "graph store PUT");
        }
        assertEquals(before, quads(), "nothing was written");
    }

    @Test
    void an_expensive_update_is_stopped_by_the_timeout_and_changes_nothing() {
        long before = quads();
        String record = "<" + running.server.baseUri() + "record/mistralai--Mistral-7B-v0.1>";
        String update = "INSERT { GRAPH " + record + " { <urn:x:s> <urn:x:n> ?a } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        HttpResponse<String> response = post("/sparql", "application/sparql-update", update, token);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "the update was stopped");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("timeout"), response.body());
        assertEquals(before, quads());
    }

    @Test
    void an_xss_payload_in_a_model_name_is_inert_in_html_and_in_the_embedded_json_ld() throws Exception {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String record = "model: evil/xss\nname: '" + hostile + "'\ndescription: '</script><script>alert(3)</script>'\nlicence: mit\n"
                + "bases:\n  - model: a/b\n    relation: finetune\n";
        assertEquals(201, post("/api/records", "application/yaml", record, token).statusCode());
        String html = running.get("/model/evil/xss", "text/html").body();
        assertFalse(html.contains("<script>alert") || html.contains("<img src=x"), "raw markup reached the page");
        var page = Jsoup.parse(html);
        assertEquals(1, page.select("script").size(), "only the JSON-LD data block");
        assertFalse(page.selectFirst("script").data().contains("<"), "the JSON-LD cannot close its script element");
        assertEquals(hostile, page.selectFirst("h1").text());
    }

    @Test
    void path_traversal_on_dump_and_static_routes_is_refused() {
        for (String path : new String[] {"/dump/..%2Ftokens.json", "/dump/..%2F..%2Fdata%2Ftokens.json", "/dump/../tokens.json",
                "/static/..%2F..%2Flogback.xml", "/static/%2e%2e/templates/home.html"}) {
            HttpResponse<String> response = running.get(path);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + " answered " + response.statusCode());
            assertFalse(response.body().contains("pbkdf2") || response.body().contains("<configuration>") || response.body().contains("th:"), path);
        }
    }
}
