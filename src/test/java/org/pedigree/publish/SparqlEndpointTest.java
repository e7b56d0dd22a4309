package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.DemoLineage;
import org.pedigree.ingest.Knowledge;
import org.pedigree.store.StoreSettings;
import org.pedigree.testing.RunningServer;

/** The real Fuseki SPARQL 1.1 Protocol endpoint at /sparql, over the demo lineage. */
class SparqlEndpointTest {
    private static final String COUNT_NAMED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @TempDir
    static Path dataDir;
    static RunningServer running;
    static long demoQuads;
    static long storedQuads;

    @BeforeAll
    static void start() {
        running = RunningServer.withDemo(dataDir);
        demoQuads = DemoLineage.parse(running.server.baseUri()).stream().count();
        long metadata = running.store.read(dsg -> dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(
                running.server.baseUri() + "meta/records")).size());
        assertTrue(metadata > 17 * 5, "every demo record has its metadata");
        long computed = running.store.read(dsg -> dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(
                running.server.baseUri() + "meta/lineage")).size());
        assertTrue(computed > 0, "the computed lineage facts are published");
        long settings = running.store.read(dsg -> dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(StoreSettings.GRAPH)).size());
        assertEquals(1, settings, "the store remembers its base URI, as `serve` leaves it");
        storedQuads = demoQuads + metadata + computed + settings + Knowledge.bundled().graphs().values().stream().mapToLong(g -> g.size()).sum();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long countFromCsv(HttpResponse<String> response) {
        String[] lines = response.body().strip().split("\r?\n");
        assertEquals("n", lines[0].strip(), response.body());
        return Long.parseLong(lines[1].strip());
    }

    @Test
    void get_counts_every_demo_triple_across_the_record_graphs() {
        String records = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER STRSTARTS(STR(?g), \""
                + running.server.baseUri() + "record/\") }";
        HttpResponse<String> response = running.get("/sparql?query=" + encode(records), "text/csv");
        assertEquals(200, response.statusCode());
        assertTrue(demoQuads > 300, "the demo should hold a few hundred triples, has " + demoQuads);
        assertEquals(demoQuads, countFromCsv(response));
        HttpResponse<String> all = running.get("/sparql?query=" + encode(COUNT_NAMED), "text/csv");
        assertEquals(storedQuads, countFromCsv(all), "records, their metadata, the store's settings and Pedigree's knowledge graphs");
    }

    @Test
    void default_graph_is_the_union_of_the_record_graphs() {
        HttpResponse<String> response = running.get("/sparql?query=" + encode(COUNT_DEFAULT), "text/csv");
        assertEquals(200, response.statusCode());
        // Records may repeat a triple (an agent described twice); the union holds each triple once.
        long union = countFromCsv(response);
        assertTrue(union > demoQuads / 2 && union <= storedQuads, "union " + union + " of " + storedQuads);
    }

    @Test
    void urlencoded_post_and_direct_post_answer_like_get() {
        HttpResponse<String> form = running.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(COUNT_NAMED), "text/csv");
        HttpResponse<String> direct = running.post("/sparql", "application/sparql-query", COUNT_NAMED, "text/csv");
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals(storedQuads, countFromCsv(form));
        assertEquals(storedQuads, countFromCsv(direct));
    }

    @Test
    void results_come_as_json_xml_csv_and_tsv_by_content_negotiation() {
        String query = "/sparql?query=" + encode("SELECT ?m WHERE { ?m <https://w3id.org/pedigree#hfId> \"mistralai/Mistral-7B-v0.1\" }");
        String mistral = running.server.baseUri() + "model/mistralai/Mistral-7B-v0.1";

        HttpResponse<String> json = running.get(query, "application/sparql-results+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(json.body().contains("\"value\": \"" + mistral + "\""), json.body());

        HttpResponse<String> xml = running.get(query, "application/sparql-results+xml");
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
        assertTrue(xml.body().contains("<uri>" + mistral + "</uri>"), xml.body());

        HttpResponse<String> csv = running.get(query, "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("m\r\n" + mistral + "\r\n", csv.body());

        HttpResponse<String> tsv = running.get(query, "text/tab-separated-values");
        assertTrue(tsv.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        assertTrue(tsv.body().contains("<" + mistral + ">"), tsv.body());
    }

    @Test
    void a_syntax_error_is_a_400_with_the_parser_message() {
        HttpResponse<String> response = running.get("/sparql?query=" + encode("SELEC ?x WHERE { ?x ?y ?z }"), null);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Lexical error at line 1"), response.body());
    }

    @Test
    void sparql_update_without_a_token_is_401_and_changes_nothing() {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        HttpResponse<String> form = running.post("/sparql", "application/x-www-form-urlencoded", "update=" + encode(insert), null);
        HttpResponse<String> direct = running.post("/sparql", "application/sparql-update", insert, null);
        assertEquals(401, form.statusCode(), form.body());
        assertEquals(401, direct.statusCode(), direct.body());
        assertEquals(storedQuads, countFromCsv(running.get("/sparql?query=" + encode(COUNT_NAMED), "text/csv")));
    }

    @Test
    void a_bare_get_does_not_hand_out_the_dataset() {
        HttpResponse<String> response = running.get("/sparql", "application/trig");
        assertFalse(response.body().contains("Mistral-7B-v0.1"), "a bare GET /sparql must not dump data: " + response.body());
        HttpResponse<String> graphStore = running.get("/sparql?default", "text/turtle");
        assertFalse(graphStore.body().contains("Mistral-7B-v0.1"), "no Graph Store Protocol read: " + graphStore.body());
    }
}
