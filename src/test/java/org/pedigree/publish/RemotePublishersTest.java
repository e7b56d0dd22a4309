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
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.Pedigree;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.RemoteLineageStore;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.StandaloneFuseki;

/**
 * Two publishers on one remote store (a real standalone Fuseki), as behind a load balancer: what
 * one writes, the other's pages, analytics and SPARQL endpoint show.
 */
class RemotePublishersTest {
    static final String BASE = "http://lineage.test/";

    @TempDir
    static Path dir;
    static StandaloneFuseki fuseki;
    static PedigreeServer first;
    static PedigreeServer second;
    static String firstToken;
    static String secondToken;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        fuseki = StandaloneFuseki.start(dir.resolve("fuseki"));
        Pedigree shared = over(RemoteLineageStore.connect(fuseki.datasetUrl()));
        shared.prepare(true);
        first = publisher(shared, dir.resolve("first"));
        second = publisher(over(RemoteLineageStore.connect(fuseki.datasetUrl())), dir.resolve("second"));
        firstToken = new TokenStore(dir.resolve("first")).create("first", EnumSet.of(TokenStore.Scope.WRITE));
        secondToken = new TokenStore(dir.resolve("second")).create("second", EnumSet.of(TokenStore.Scope.WRITE));
    }

    private static Pedigree over(RemoteLineageStore store) {
        return Pedigree.over(store, new InstanceIris(BASE), Clock.systemUTC());
    }

    private static PedigreeServer publisher(Pedigree app, Path data) {
        PedigreeServer server = PedigreeServer.create().pedigree(app).tokens(new TokenStore(data)).dumpDirectory(data.resolve("dumps"))
                .port(0).stopTimeout(Duration.ofSeconds(10)).build().start();
        server.awaitReady(Duration.ofMinutes(1));
        return server;
    }

    @AfterAll
    static void stop() {
        first.stop();
        second.stop();
        fuseki.close();
    }

    private static HttpResponse<String> send(PedigreeServer server, String method, String path, String type, String body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Accept", "application/json, text/csv;q=0.9, */*;q=0.1");
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks until the answer satisfies {@code ok} (the other publisher notices a write within a second or so). */
    private static HttpResponse<String> eventually(PedigreeServer server, String path, Predicate<HttpResponse<String>> ok) throws Exception {
        HttpResponse<String> last = null;
        for (long end = System.nanoTime() + Duration.ofSeconds(15).toNanos(); System.nanoTime() < end; Thread.sleep(200)) {
            last = send(server, "GET", path, null, null, null);
            if (ok.test(last)) {
                return last;
            }
        }
        return last;
    }

    private static String sparql(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void both_publishers_serve_the_shared_demo_with_its_analytics_and_sparql() throws Exception {
        for (PedigreeServer server : new PedigreeServer[] {first, second}) {
            assertEquals(200, send(server, "GET", "/model/mistralai/Mistral-7B-v0.1", null, null, null).statusCode());
            HttpResponse<String> tree = send(server, "GET", "/api/models/mistralai/Mistral-7B-v0.1/descendants", null, null, null);
            assertTrue(tree.body().contains("\"quantized\""), tree.body());
            HttpResponse<String> count = send(server, "GET", sparql("SELECT (COUNT(?d) AS ?n) WHERE { ?d <http://www.w3.org/ns/prov#wasDerivedFrom> ?b }"),
                    null, null, null);
            assertEquals(200, count.statusCode(), count.body());
            assertTrue(count.body().matches("(?s).*\\b(1[4-9]|[2-9][0-9])\\b.*"), "every demo edge, through the union default graph: " + count.body());
        }
        assertEquals(400, send(first, "GET", sparql("SELEC nothing"), null, null, null).statusCode());
        assertEquals(400, send(first, "GET", sparql("SELECT * WHERE { SERVICE <http://localhost:1/x> { ?s ?p ?o } }"), null, null, null).statusCode());
    }

    @Test
    void what_one_publisher_writes_the_other_shows_at_once_in_pages_analytics_and_sparql() throws Exception {
        String record = "model: acme/shared-nc\nlicence: cc-by-nc-4.0\nbases:\n  - model: mistralai/Mistral-7B-v0.1\n    relation: finetune\n";
        HttpResponse<String> created = send(first, "POST", "/api/records", "application/yaml", record, firstToken);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, eventually(second, "/model/acme/shared-nc", r -> r.statusCode() == 200).statusCode());
        HttpResponse<String> licence = eventually(second, "/api/models/acme/shared-nc/licence", r -> r.statusCode() == 200);
        assertTrue(licence.body().contains("NonCommercialUse"), licence.body());
        HttpResponse<String> tree = eventually(second, "/api/models/mistralai/Mistral-7B-v0.1/descendants?limit=100",
                r -> r.body().contains("shared-nc"));
        assertTrue(tree.body().contains("shared-nc"), "the second publisher's index followed: " + tree.body());
        HttpResponse<String> list = eventually(second, "/models?restriction=NonCommercialUse&q=shared", r -> r.body().contains("acme/shared-nc"));
        assertTrue(list.body().contains("acme/shared-nc"), "the second publisher's lists, made again from its index: " + list.body());
        assertTrue(send(first, "GET", "/models?restriction=NonCommercialUse&q=shared", null, null, null).body().contains("acme/shared-nc"),
                "the first publisher's lists followed its own write");

        String update = "INSERT DATA { GRAPH <" + BASE + "record/acme--shared-nc> { <" + BASE
                + "model/acme/shared-nc> <http://schema.org/keywords> \"from the second\" } }";
        HttpResponse<String> updated = send(second, "POST", "/sparql", "application/sparql-update", update, secondToken);
        assertEquals(200, updated.statusCode(), updated.body());
        HttpResponse<String> seen = eventually(first, sparql("SELECT ?k WHERE { ?m <http://schema.org/keywords> ?k }"),
                r -> r.body().contains("from the second"));
        assertTrue(seen.body().contains("from the second"), seen.body());
        HttpResponse<String> history = send(first, "GET", "/api/records/acme--shared-nc/history", null, null, null);
        assertTrue(history.body().contains("token:second") && history.body().contains("token:first"), history.body());
    }
}
