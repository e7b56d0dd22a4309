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
import java.util.EnumSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/**
 * SPARQL Update and the Graph Store Protocol on {@code /sparql} with a write token: changes reach
 * record graphs only, through the shapes and the record history; anything refused changes nothing.
 */
class SparqlWritesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIXES = "PREFIX schema: <http://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#> ";

    @TempDir
    static Path dir;
    static RunningServer running;
    static String writer;
    static String admin;
    static String base;

    @BeforeAll
    static void start() {
        running = RunningServer.withDemo(dir.resolve("data"));
        TokenStore tokens = new TokenStore(dir.resolve("data"));
        writer = tokens.create("writer", EnumSet.of(TokenStore.Scope.WRITE));
        admin = tokens.create("admin", EnumSet.of(TokenStore.Scope.WRITE, TokenStore.Scope.ADMIN));
        base = running.server.baseUri();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static long quads() {
        return running.store.read(dsg -> dsg.stream().count());
    }

    private static HttpResponse<String> send(String method, String path, String type, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(running.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return running.send(request.build());
    }

    private static HttpResponse<String> update(String update, String bearer) {
        return send("POST", "/sparql", "application/sparql-update", update, bearer);
    }

    private static String graphParam(String recordId) {
        return "/sparql?graph=" + URLEncoder.encode(base + "record/" + recordId, StandardCharsets.UTF_8);
    }

    private static String ask(String query) {
        return running.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv").body();
    }

    private static JsonNode history(String id) throws Exception {
        return JSON.readTree(running.get("/api/records/" + id + "/history", "application/json").body());
    }

    @Test
    void an_update_with_a_token_changes_a_record_and_makes_a_new_version_with_its_author() throws Exception {
        String id = "HuggingFaceH4--mistral-7b-sft-beta";
        int versions = history(id).size();
        HttpResponse<String> response = update(PREFIXES + "INSERT DATA { GRAPH <" + base + "record/" + id + "> { <" + base
                + "model/HuggingFaceH4/mistral-7b-sft-beta> schema:keywords \"chat\" } }", writer);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode stored = JSON.readTree(response.body()).get("records").get(0);
        assertEquals(id, stored.get("id").asText());
        assertEquals(versions + 1, stored.get("version").asInt());
        assertTrue(ask(PREFIXES + "SELECT ?k WHERE { ?m schema:keywords ?k }").contains("chat"));
        JsonNode latest = history(id).get(versions);
        assertTrue(latest.toString().contains("token:writer"), latest.toString());
        assertTrue(latest.toString().contains("sparql-update"), latest.toString());
    }

    @Test
    void the_where_clause_sees_the_union_of_the_records_and_a_form_post_works_too() throws Exception {
        String id = "mistralai--Mistral-7B-v0.1";
        String model = "<" + base + "model/mistralai/Mistral-7B-v0.1>";
        String text = PREFIXES + "INSERT { GRAPH <" + base + "record/" + id + "> { " + model + " schema:alternateName ?n } } "
                + "WHERE { " + model + " schema:name ?name BIND(CONCAT(?name, \" (base)\") AS ?n) }";
        HttpResponse<String> response = send("POST", "/sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(text, StandardCharsets.UTF_8), writer);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(ask(PREFIXES + "SELECT ?n WHERE { ?m schema:alternateName ?n }").contains("Mistral-7B-v0.1 (base)"));
    }

    @Test
    void an_update_the_shapes_refuse_is_422_and_changes_nothing() throws Exception {
        String id = "mistralai--Mistral-7B-v0.1";
        long before = quads();
        int versions = history(id).size();
        // A root model made to derive from its own fine-tune: a cycle, and a root with a base.
        HttpResponse<String> response = update(PREFIXES + "INSERT DATA { GRAPH <" + base + "record/" + id + "> { <" + base
                + "model/mistralai/Mistral-7B-v0.1> prov:wasDerivedFrom <" + base + "model/HuggingFaceH4/mistral-7b-sft-beta> } }", writer);
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains(id), response.body());
        assertEquals(before, quads());
        assertEquals(versions, history(id).size());
    }

    @Test
    void updates_outside_record_graphs_and_erasing_ones_are_refused_and_change_nothing() {
        long before = quads();
        String[][] cases = {
            {"INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }", "default graph"},
            {"INSERT DATA { GRAPH <https://w3id.org/pedigree/graph/licences> { <urn:x:s> <urn:x:p> <urn:x:o> } }", "not a record"},
            {"DELETE WHERE { GRAPH <" + base + "meta/records> { ?s ?p ?o } }", "not a record"},
            {"DROP GRAPH <" + base + "record/mistralai--Mistral-7B-v0.1>", "retire"},
            {"DROP ALL", "never erased"},
            {"CLEAR NAMED", "never erased"},
            {"INSERT DATA { GRAPH <" + base + "record/x> { <urn:x:s> <urn:x:p> <urn:x:o> } } ; NOT SPARQL", "syntax"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = update(c[0], writer);
            assertEquals(400, response.statusCode(), c[0] + " → " + response.body());
            assertTrue(response.body().contains(c[1]), c[0] + " → " + response.body());
        }
        assertEquals(before, quads());
    }

    @Test
    void graph_store_get_reads_one_graph_and_never_the_whole_default_graph() {
        HttpResponse<String> turtle = running.get(graphParam("mistralai--Mistral-7B-v0.1"), "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(turtle.body().contains("Mistral-7B-v0.1"));
        assertEquals(404, running.get(graphParam("nobody--nothing"), "text/turtle").statusCode());
        HttpResponse<String> all = running.get("/sparql?default", "text/turtle");
        assertEquals(400, all.statusCode());
        assertFalse(all.body().contains("Mistral-7B-v0.1 "), all.body());
    }

    @Test
    void graph_store_put_creates_a_record_post_merges_and_delete_retires_with_the_admin_scope() throws Exception {
        String id = "acme--gsp-7b";
        String model = "<" + base + "model/acme/gsp-7b>";
        String turtle = "@prefix ped: <https://w3id.org/pedigree#> . @prefix prov: <http://www.w3.org/ns/prov#> . "
                + "@prefix schema: <http://schema.org/> .\n" + model
                + " a ped:Model, prov:Entity ; schema:name \"GSP 7B\" ; prov:wasDerivedFrom <" + base + "model/mistralai/Mistral-7B-v0.1> ;"
                + " prov:qualifiedDerivation [ a prov:Derivation ; prov:entity <" + base + "model/mistralai/Mistral-7B-v0.1> ;"
                + " ped:derivationKind <https://w3id.org/pedigree/kind/finetune> ] .";
        HttpResponse<String> put = send("PUT", graphParam(id), "text/turtle", turtle, writer);
        assertEquals(201, put.statusCode(), put.body());
        assertEquals(200, running.get("/model/acme/gsp-7b", "text/html").statusCode());

        HttpResponse<String> post = send("POST", graphParam(id), "text/turtle",
                "<" + base + "model/acme/gsp-7b> <http://schema.org/keywords> \"merged\" .", writer);
        assertEquals(200, post.statusCode(), post.body());
        assertEquals(2, JSON.readTree(post.body()).get("records").get(0).get("version").asInt());
        String after = running.get(graphParam(id), "application/n-triples").body();
        assertTrue(after.contains("\"merged\"") && after.contains("\"GSP 7B\""), after);

        assertEquals(403, send("DELETE", graphParam(id), null, null, writer).statusCode());
        HttpResponse<String> delete = send("DELETE", graphParam(id), null, null, admin);
        assertEquals(200, delete.statusCode(), delete.body());
        assertTrue(JSON.readTree(delete.body()).get("retired").asBoolean());
        assertTrue(ask("SELECT ?a WHERE { " + model + " <http://www.w3.org/ns/prov#wasInvalidatedBy> ?a }").contains("retirement"));
    }

    @Test
    void graph_store_writes_refused_by_shapes_or_outside_records_change_nothing() {
        long before = quads();
        HttpResponse<String> invalid = send("PUT", graphParam("acme--bad"), "text/turtle",
                "<" + base + "model/acme/bad> a <https://w3id.org/pedigree#Model> ; <http://schema.org/license> \"whatever\" .", writer);
        assertEquals(422, invalid.statusCode(), invalid.body());
        HttpResponse<String> knowledge = send("PUT", "/sparql?graph=https%3A%2F%2Fw3id.org%2Fpedigree%2Fgraph%2Flicences", "text/turtle",
                "<urn:x:s> <urn:x:p> <urn:x:o> .", writer);
        assertEquals(400, knowledge.statusCode(), knowledge.body());
        HttpResponse<String> quadsBody = send("PUT", graphParam("acme--bad"), "application/trig",
                "<urn:g> { <urn:x:s> <urn:x:p> <urn:x:o> }", writer);
        assertEquals(400, quadsBody.statusCode(), quadsBody.body());
        assertEquals(before, quads());
    }

    @Test
    void without_a_token_or_with_a_wrong_one_every_write_is_401_and_changes_nothing() {
        long before = quads();
        String insert = "INSERT DATA { GRAPH <" + base + "record/mistralai--Mistral-7B-v0.1> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        for (String bearer : new String[] {null, "pdg_000000000000_" + "x".repeat(43)}) {
            HttpResponse<String> response = update(insert, bearer);
            assertEquals(401, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
            assertEquals(401, send("PUT", graphParam("acme--x"), "text/turtle", "<urn:x:s> <urn:x:p> <urn:x:o> .", bearer).statusCode());
            assertEquals(401, send("POST", graphParam("mistralai--Mistral-7B-v0.1"), "text/turtle", "<urn:x:s> <urn:x:p> <urn:x:o> .",
                    bearer).statusCode());
            assertEquals(401, send("DELETE", graphParam("mistralai--Mistral-7B-v0.1"), null, null, bearer).statusCode());
        }
        assertEquals(before, quads());
    }
}
