package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.testing.DemoServerTest;

/** Dereferencing things: the Accept matrix of the W3C publishing recipes, format URLs, 406, headers. */
class LinkedDataTest extends DemoServerTest {

    static Graph parse(HttpResponse<String> response, Lang lang) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(response.body(), lang).base(running.server.baseUri()).parse(graph);
        return graph;
    }

    static final String[][] ACCEPT_MATRIX = {
        {null, "text/html"},
        {"application/rdf+xml", "application/rdf+xml"},
        {"text/turtle", "text/turtle"},
        {"application/ld+json", "application/ld+json"},
        {"text/html", "text/html"},
        {"application/rdf+xml;q=0.5,text/html;q=0.3", "application/rdf+xml"},
        {"text/html;q=0.5,application/rdf+xml", "application/rdf+xml"},
    };

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> vocabularyMatrix() {
        return java.util.stream.Stream.of(
                new String[] {"/term/model-lineage", "https://w3id.org/pedigree/term/model-lineage"},
                new String[] {"/kind/gguf", "https://w3id.org/pedigree/kind/gguf"},
                new String[] {"/ontology", "https://w3id.org/pedigree"})
            .flatMap(thing -> java.util.Arrays.stream(ACCEPT_MATRIX)
                .map(row -> org.junit.jupiter.params.provider.Arguments.of(thing[0], thing[1], row[0], row[1])));
    }

    @ParameterizedTest(name = "{0} with Accept: {2}")
    @org.junit.jupiter.params.provider.MethodSource("vocabularyMatrix")
    void term_and_ontology_iris_answer_the_accept_matrix(String path, String iri, String accept, String expected) {
        HttpResponse<String> response = running.get(path, accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expected), response.headers().toString());
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        if (expected.equals("text/html")) {
            assertFalse(Jsoup.parse(response.body()).selectFirst("h1").text().isBlank());
        } else {
            Graph graph = parse(response, RDFLanguages.contentTypeToLang(expected));
            assertTrue(graph.contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY), "the document describes " + iri);
        }
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "none | text/html",
        "application/rdf+xml | application/rdf+xml",
        "text/turtle | text/turtle",
        "application/ld+json | application/ld+json",
        "application/n-triples | application/n-triples",
        "text/html | text/html",
        "'application/rdf+xml;q=0.5,text/html;q=0.3' | application/rdf+xml",
        "'text/html;q=0.5,application/rdf+xml' | application/rdf+xml",
        "'text/turtle;q=0.9,application/ld+json' | application/ld+json",
        "*/* | text/html",
        "'text/*;q=0.5,application/json;q=0.1' | text/html",
    })
    void a_model_iri_answers_the_accept_matrix(String accept, String expected) {
        HttpResponse<String> response = running.get("/model/HuggingFaceH4/zephyr-7b-beta", accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expected), response.headers().toString());
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        RdfFormat format = RdfFormat.ofMediaType(expected);
        assertEquals("/model/HuggingFaceH4/zephyr-7b-beta." + format.extension, response.headers().firstValue("Content-Location").orElse(""));
        Node model = NodeFactory.createURI(running.server.baseUri() + "model/HuggingFaceH4/zephyr-7b-beta");
        if (format == RdfFormat.HTML) {
            var page = Jsoup.parse(response.body());
            assertEquals("zephyr-7b-beta", page.selectFirst("h1").text());
            String jsonld = page.selectFirst("script[type=application/ld+json]").data();
            Graph embedded = GraphFactory.createGraphMem();
            RDFParser.fromString(jsonld, Lang.JSONLD).parse(embedded);
            assertTrue(embedded.contains(model, Node.ANY, Node.ANY), "the page embeds the model's JSON-LD");
            assertTrue(embedded.contains(Node.ANY, NodeFactory.createURI("http://schema.org/mainEntity"), model), "the page says it is about the model");
        } else {
            Graph graph = parse(response, RDFLanguages.contentTypeToLang(expected));
            assertTrue(graph.contains(model, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"),
                    NodeFactory.createURI(running.server.baseUri() + "model/mistralai/Mistral-7B-v0.1")), "describes the requested IRI");
            assertTrue(graph.contains(NodeFactory.createURI(running.server.baseUri() + "model/mistralai/Mistral-7B-v0.1"),
                    NodeFactory.createURI("http://schema.org/name"), NodeFactory.createLiteralString("Mistral-7B-v0.1")), "with labels of what it links to");
            assertTrue(graph.contains(model, NodeFactory.createURI("http://rdfs.org/ns/void#inDataset"), Node.ANY));
        }
    }

    @Test
    void a_conditional_get_is_answered_304_until_the_store_changes_and_then_gets_the_new_representation() {
        String path = "/model/HuggingFaceH4/mistral-7b-sft-beta";
        HttpResponse<String> first = running.get(path, "text/html");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> again = running.send(java.net.http.HttpRequest.newBuilder(running.uri(path))
                    .header("Accept", "text/html").header("If-None-Match", etag).build());
            assertEquals(304, again.statusCode());
            assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
            // A 304 repeats what a cache needs of the 200 it stands for (RFC 9110, 15.4.5).
            assertEquals(first.headers().firstValue("Vary"), again.headers().firstValue("Vary"));
            assertEquals(first.headers().firstValue("Content-Location"), again.headers().firstValue("Content-Location"));
            assertEquals(first.headers().firstValue("Cache-Control"), again.headers().firstValue("Cache-Control"));
            assertEquals("*", again.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "cross-origin clients may revalidate");
        }
        // The same ETag does not stand for another representation.
        HttpResponse<String> turtle = running.send(java.net.http.HttpRequest.newBuilder(running.uri(path))
                .header("Accept", "text/turtle").header("If-None-Match", etag).build());
        assertEquals(200, turtle.statusCode());
        // A write changes the page (its derivatives), so the old ETag no longer matches.
        String token = new org.pedigree.store.TokenStore(dir.resolve("data")).create("etag-test",
                java.util.EnumSet.of(org.pedigree.store.TokenStore.Scope.WRITE));
        String record = "model: acme/sft-child\nlicence: mit\nbases:\n  - model: HuggingFaceH4/mistral-7b-sft-beta\n    relation: finetune\n";
        assertEquals(201, running.send(java.net.http.HttpRequest.newBuilder(running.uri("/api/records"))
                .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(record)).build()).statusCode());
        HttpResponse<String> changed = running.send(java.net.http.HttpRequest.newBuilder(running.uri(path))
                .header("Accept", "text/html").header("If-None-Match", etag).build());
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains("sft-child"));
        assertTrue(!etag.equals(changed.headers().firstValue("ETag").orElse(etag)));
    }

    @Test
    void head_answers_like_get_without_the_body_for_pages_representations_and_graph_store_reads() {
        for (String[] ask : new String[][] {{"/model/mistralai/Mistral-7B-v0.1", "text/html"}, {"/model/mistralai/Mistral-7B-v0.1.ttl", null},
                {"/record/mistralai--Mistral-7B-v0.1", "application/trig"}, {"/", "text/html"}}) {
            HttpResponse<String> get = running.get(ask[0], ask[1]);
            var head = java.net.http.HttpRequest.newBuilder(running.uri(ask[0])).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody());
            if (ask[1] != null) {
                head.header("Accept", ask[1]);
            }
            HttpResponse<String> answer = running.send(head.build());
            assertEquals(get.statusCode(), answer.statusCode(), ask[0]);
            assertEquals(get.headers().firstValue("Content-Type"), answer.headers().firstValue("Content-Type"), ask[0]);
            assertEquals(get.headers().firstValue("ETag"), answer.headers().firstValue("ETag"), ask[0]);
            assertEquals(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                    answer.headers().firstValue("Content-Length").orElse("?"), ask[0]);
            assertEquals("", answer.body(), ask[0]);
        }
    }

    @Test
    void format_urls_answer_in_their_format_whatever_the_accept() {
        for (RdfFormat format : RdfFormat.THINGS) {
            HttpResponse<String> response = running.get("/model/mistralai/Mistral-7B-v0.1." + format.extension, "text/html");
            assertEquals(200, response.statusCode(), format + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(format.mediaType), format.toString());
            assertFalse(response.headers().firstValue("Content-Location").isPresent(), "a document is its own location");
        }
    }

    @Test
    void an_unacceptable_request_is_406_listing_what_is_offered() {
        HttpResponse<String> response = running.get("/model/mistralai/Mistral-7B-v0.1", "image/png");
        assertEquals(406, response.statusCode());
        for (String type : RdfFormat.mediaTypes(RdfFormat.THINGS)) {
            assertTrue(response.body().contains(type), response.body());
        }
    }

    @Test
    void every_answer_links_its_alternates_and_the_page_mirrors_them() {
        HttpResponse<String> response = running.get("/model/mistralai/Mistral-7B-v0.1", "text/html");
        String link = response.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("</model/mistralai/Mistral-7B-v0.1>; rel=\"canonical\""), link);
        assertTrue(link.contains("</model/mistralai/Mistral-7B-v0.1.ttl>; rel=\"alternate describedby\"; type=\"text/turtle\""), link);
        List<String> alternates = Jsoup.parse(response.body()).select("link[rel=alternate]").eachAttr("type");
        assertTrue(alternates.containsAll(List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")), alternates.toString());
    }

    @Test
    void datasets_activities_and_agents_dereference_too() {
        String base = running.server.baseUri();
        for (String path : List.of("/dataset/HuggingFaceH4/ultrafeedback_binarized", "/activity/HuggingFaceH4--zephyr-7b-beta--dpo",
                "/agent/HuggingFaceH4")) {
            HttpResponse<String> turtle = running.get(path, "text/turtle");
            assertEquals(200, turtle.statusCode(), path);
            assertTrue(parse(turtle, Lang.TURTLE).contains(NodeFactory.createURI(base + path.substring(1)), Node.ANY, Node.ANY), path);
            HttpResponse<String> html = running.get(path, "text/html");
            assertEquals(200, html.statusCode(), path);
            assertFalse(Jsoup.parse(html.body()).select("#statements tr").isEmpty(), path);
        }
        var activity = Jsoup.parse(running.get("/activity/HuggingFaceH4--zephyr-7b-beta--dpo", "text/html").body());
        assertTrue(activity.select("#statements a[href=/dataset/HuggingFaceH4/ultrafeedback_binarized]").size() > 0);
        assertEquals(404, running.get("/agent/nobody", "text/turtle").statusCode());
        var term = Jsoup.parse(running.get("/term/model-lineage", "text/html").body());
        assertEquals("Model lineage", term.selectFirst("h1").text());
        assertFalse(term.select("#related a[href^=/term/]").isEmpty(), "related terms link to their pages here");
    }

    @Test
    void representations_carry_strong_etags_and_answer_304_when_unchanged() {
        HttpResponse<String> first = running.get("/model/mistralai/Mistral-7B-v0.1.ttl", null);
        String etag = first.headers().firstValue("ETag").orElse("");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals(etag, running.get("/model/mistralai/Mistral-7B-v0.1.ttl", null).headers().firstValue("ETag").orElse(""), "stable");
        HttpResponse<String> html = running.get("/model/mistralai/Mistral-7B-v0.1.html", null);
        assertFalse(etag.equals(html.headers().firstValue("ETag").orElse("")), "one ETag per representation");

        var conditional = java.net.http.HttpRequest.newBuilder(running.uri("/model/mistralai/Mistral-7B-v0.1.ttl"))
                .header("If-None-Match", etag).GET().build();
        HttpResponse<String> notModified = running.send(conditional);
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.body());
        assertEquals(etag, notModified.headers().firstValue("ETag").orElse(""));
        assertFalse(running.get("/healthz").headers().firstValue("ETag").isPresent(), "no-store answers get no ETag");

        String lastModified = first.headers().firstValue("Last-Modified").orElse("");
        assertTrue(lastModified.endsWith("GMT"), "a model described by a record says when it last changed: " + lastModified);
        var since = java.net.http.HttpRequest.newBuilder(running.uri("/model/mistralai/Mistral-7B-v0.1.ttl"))
                .header("If-Modified-Since", lastModified).GET().build();
        assertEquals(304, running.send(since).statusCode());
        var before = java.net.http.HttpRequest.newBuilder(running.uri("/model/mistralai/Mistral-7B-v0.1.ttl"))
                .header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").GET().build();
        assertEquals(200, running.send(before).statusCode());
    }

    @Test
    void records_dereference_in_every_format_and_as_quads() {
        for (String[] f : new String[][] {{".trig", "application/trig", "TRIG"}, {".nq", "application/n-quads", "NQUADS"},
                {".ttl", "text/turtle", "TURTLE"}, {".jsonld", "application/ld+json", "JSONLD"}, {".rdf", "application/rdf+xml", "RDFXML"}}) {
            HttpResponse<String> response = running.get("/record/mistralai--Mistral-7B-v0.1" + f[0], "text/html");
            assertEquals(200, response.statusCode(), f[0]);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), f[0]);
            var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            RDFParser.fromString(response.body(), RDFLanguages.nameToLang(f[2])).parse(dsg);
            assertTrue(dsg.find().hasNext(), f[0]);
        }
        HttpResponse<String> negotiated = running.get("/record/mistralai--Mistral-7B-v0.1", "application/rdf+xml");
        assertTrue(negotiated.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        assertTrue(negotiated.headers().firstValue("Link").orElse("").contains("/record/mistralai--Mistral-7B-v0.1.trig>; rel=\"alternate\""));
    }

    @Test
    void json_ld_documents_use_the_published_context() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var published = mapper.readTree(running.get("/context.jsonld").body()).get("@context");
        assertEquals("http://www.w3.org/ns/prov#", published.get("prov").asText());
        var document = mapper.readTree(running.get("/model/HuggingFaceH4/zephyr-7b-beta.jsonld").body());
        var inline = document.get("@context");
        published.fieldNames().forEachRemaining(prefix -> assertEquals(published.get(prefix), inline.get(prefix), prefix));
        assertTrue(document.toString().contains("\"prov:wasDerivedFrom\""), "readable keys, not expanded IRIs");
    }

    @Test
    void a_base_known_only_from_its_derivatives_is_described_by_what_points_at_it() {
        HttpResponse<String> turtle = running.get("/model/Sao10K/Fimbulvetr-11B-v2", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(parse(turtle, Lang.TURTLE).contains(NodeFactory.createURI(running.server.baseUri() + "model/FallenMerick/Chunky-Lemon-Cookie-11B"),
                NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"),
                NodeFactory.createURI(running.server.baseUri() + "model/Sao10K/Fimbulvetr-11B-v2")));
    }
}
