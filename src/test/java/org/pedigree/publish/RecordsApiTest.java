package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/** The record API over real HTTP: tokens and scopes, create, replace, retire, history, refusals. */
class RecordsApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String GGUF = """
            model: acme/tuned-GGUF
            name: tuned-GGUF
            licence: apache-2.0
            bases:
              - model: mistralai/Mistral-7B-v0.1
                relation: gguf
            """;

    @TempDir
    static Path dir;
    static RunningServer running;
    static String writeToken;
    static String adminToken;

    @BeforeAll
    static void start() {
        running = RunningServer.withDemo(dir);
        TokenStore tokens = new TokenStore(dir);
        writeToken = tokens.create("ci", EnumSet.of(TokenStore.Scope.WRITE));
        adminToken = tokens.create("boss", EnumSet.of(TokenStore.Scope.ADMIN));
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    static HttpResponse<String> send(String method, String path, String token, String type, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(running.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return running.send(request.build());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void writes_need_a_valid_token_and_retiring_needs_the_admin_scope() throws Exception {
        HttpResponse<String> none = send("POST", "/api/records", null, "application/yaml", GGUF, null);
        assertEquals(401, none.statusCode());
        assertEquals("Bearer realm=\"pedigree\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, send("POST", "/api/records", "pdg_000000000000_" + "x".repeat(43), "application/yaml", GGUF, null).statusCode());
        HttpResponse<String> forbidden = send("DELETE", "/api/records/mistralai--Mistral-7B-v0.1", writeToken, null, null, null);
        assertEquals(403, forbidden.statusCode());
        assertTrue(json(forbidden).get("detail").asText().contains("needs the admin scope"));
    }

    @Test
    void a_record_is_created_replaced_and_its_history_kept() throws Exception {
        HttpResponse<String> created = send("POST", "/api/records", writeToken, "application/yaml", GGUF.replace("acme/tuned", "acme/one"), null);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("/record/acme--one-GGUF", created.headers().firstValue("Location").orElse(""));
        assertEquals(1, json(created).get("records").get(0).get("version").asInt());

        HttpResponse<String> again = send("POST", "/api/records", writeToken, "application/yaml", GGUF.replace("acme/tuned", "acme/one"), null);
        assertEquals(409, again.statusCode());

        HttpResponse<String> replaced = send("PUT", "/api/records/acme--one-GGUF", writeToken, "application/yaml",
                GGUF.replace("acme/tuned", "acme/one").replace("apache-2.0", "mit"), null);
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals(2, json(replaced).get("records").get(0).get("version").asInt());

        JsonNode history = json(running.get("/api/records/acme--one-GGUF/history", "application/json"));
        assertEquals(2, history.size());
        assertEquals("token:ci", history.get(1).get("submittedBy").asText());

        HttpResponse<String> v1 = running.get("/record/acme--one-GGUF/v/1?format=ttl", null);
        assertTrue(v1.body().contains("Apache-2.0") && !v1.body().contains("licenses/MIT"), v1.body());
        HttpResponse<String> trig = running.get("/record/acme--one-GGUF", "application/trig");
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(trig.body(), Lang.TRIG).parse(dsg);
        assertTrue(dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI(running.server.baseUri() + "record/acme--one-GGUF")));
        var page = Jsoup.parse(running.get("/record/acme--one-GGUF", "text/html").body());
        assertEquals(2, page.select("#history tbody tr").size());
    }

    @Test
    void a_refused_record_is_a_422_problem_with_findings_or_the_shacl_report_and_nothing_is_stored() throws Exception {
        String noBase = "model: acme/nobase\nname: nobase\nlicence: mit\n";
        HttpResponse<String> problem = send("POST", "/api/records", writeToken, "application/yaml", noBase, null);
        assertEquals(422, problem.statusCode());
        JsonNode body = json(problem);
        assertEquals("acme--nobase", body.get("refused").get(0).asText());
        assertTrue(body.get("findings").get(0).get("message").asText().contains("a model with no declared base is not a lineage record"));

        HttpResponse<String> report = send("POST", "/api/records", writeToken, "application/yaml", noBase, "text/turtle");
        assertEquals(422, report.statusCode());
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(report.body(), Lang.TURTLE).parse(graph);
        assertTrue(graph.contains(null, org.apache.jena.shacl.vocabulary.SHACL.conforms, org.apache.jena.graph.NodeFactory.createLiteralDT("false",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)), report.body());
        assertEquals(404, running.get("/api/records/acme--nobase", "application/json").statusCode());
    }

    @Test
    void bad_bodies_are_400_413_and_415_with_the_reason() throws Exception {
        HttpResponse<String> malformed = send("POST", "/api/records", writeToken, "text/turtle", "<model/a/b> <p> \"x", null);
        assertEquals(400, malformed.statusCode());
        assertTrue(json(malformed).get("detail").asText().startsWith("request body line 1"), malformed.body());
        HttpResponse<String> untyped = send("POST", "/api/records", writeToken, null, GGUF, null);
        assertEquals(415, untyped.statusCode());
        String big = "# " + "x".repeat(17 * 1024 * 1024) + "\n" + GGUF;
        // As a client uploading that much should: it asks first (Expect: 100-continue), so the refusal does not race the body.
        HttpResponse<String> tooLarge = running.send(HttpRequest.newBuilder(running.uri("/api/records")).timeout(Duration.ofSeconds(60)).expectContinue(true)
                .header("Authorization", "Bearer " + writeToken).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertEquals(413, tooLarge.statusCode());
        HttpResponse<String> wrongId = send("PUT", "/api/records/acme--other", writeToken, "application/yaml", GGUF, null);
        assertEquals(400, wrongId.statusCode());
    }

    @Test
    void retiring_withdraws_the_model_and_keeps_the_record() throws Exception {
        send("POST", "/api/records", writeToken, "application/yaml", GGUF.replace("acme/tuned", "acme/old"), null);
        HttpResponse<String> retired = send("DELETE", "/api/records/acme--old-GGUF", adminToken, null, null, null);
        assertEquals(200, retired.statusCode(), retired.body());
        assertEquals(2, json(retired).get("version").asInt());
        JsonNode info = json(running.get("/api/records/acme--old-GGUF", "application/json"));
        assertTrue(info.get("retired").asBoolean());
        assertTrue(Jsoup.parse(running.get("/record/acme--old-GGUF", "text/html").body()).text().contains("This record is retired"));
        assertTrue(Jsoup.parse(running.get("/model/acme/old-GGUF", "text/html").body()).select(".withdrawn").text().contains("withdrawn"));
        assertEquals(409, send("DELETE", "/api/records/acme--old-GGUF", adminToken, null, null, null).statusCode());
        assertEquals(404, send("DELETE", "/api/records/acme--never", adminToken, null, null, null).statusCode());
    }

    @Test
    void the_tokens_file_holds_no_secret() throws Exception {
        String file = Files.readString(dir.resolve("tokens.json"));
        assertTrue(!file.contains(writeToken.substring(17)) && file.contains("pbkdf2-sha256$"), file);
    }
}
