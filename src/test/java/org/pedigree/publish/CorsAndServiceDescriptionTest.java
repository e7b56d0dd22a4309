package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.pedigree.testing.DemoServerTest;

/** CORS for browsers on other origins, and the service description of a bare GET /sparql. */
class CorsAndServiceDescriptionTest extends DemoServerTest {

    private static HttpResponse<String> withOrigin(String method, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(running.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Origin", "https://app.example.org").method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (method.equals("OPTIONS")) {
            request.header("Access-Control-Request-Method", "POST");
        }
        return running.send(request.build());
    }

    @Test
    void pages_documents_and_sparql_answers_allow_any_origin_and_expose_the_linked_data_headers() {
        for (String path : new String[] {"/model/mistralai/Mistral-7B-v0.1", "/sparql?query=ASK%7B%7D", "/"}) {
            HttpResponse<String> response = withOrigin("GET", path, "text/turtle, application/sparql-results+json;q=0.9, text/html;q=0.5");
            assertEquals(200, response.statusCode(), path);
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            String exposed = response.headers().firstValue("Access-Control-Expose-Headers").orElse("");
            assertTrue(exposed.contains("ETag") && exposed.contains("Link") && exposed.contains("Content-Location"), exposed);
        }
    }

    @Test
    void a_preflight_is_answered_before_any_route() {
        HttpResponse<String> preflight = withOrigin("OPTIONS", "/sparql", null);
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
    }

    @Test
    void a_bare_get_sparql_answers_with_the_service_description() {
        HttpResponse<String> turtle = running.get("/sparql", "text/turtle");
        assertEquals(200, turtle.statusCode());
        Graph sd = GraphFactory.createGraphMem();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(sd);
        var service = NodeFactory.createURI(running.server.baseUri() + "sparql");
        assertTrue(sd.contains(service, NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#endpoint"), service));
        assertTrue(sd.contains(service, NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#feature"),
                NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph")));

        HttpResponse<String> html = running.get("/sparql", "text/html");
        assertEquals(200, html.statusCode());
        assertEquals("/sparql", Jsoup.parse(html.body()).selectFirst("form").attr("action"));
    }
}
