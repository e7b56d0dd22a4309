package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.DescriptionPage;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.Html5Validator;
import org.pedigree.testing.RunningServer;
import org.pedigree.vocab.HYDRA;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * A hub's description comes in pages of at most {@value DescriptionPage#PER_PAGE} statements per property pointing at it:
 * crawled by following {@code Link rel="next"}, the pages add up to what SPARQL says of the hub;
 * bad and missing pages are refused clearly; the HTML pages stay bounded and link onwards.
 */
class PagedDescriptionsTest {
    @TempDir
    static Path dir;
    static RunningServer running;
    static String base;
    static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"([^\"]*)\"");
    /** Statements per property on a page. */
    static final int N = DescriptionPage.PER_PAGE;
    /** The derivatives of the hub: two and a half pages. */
    static final int HUB = N * 5 / 2;

    @BeforeAll
    static void startWithTwoHubs() {
        running = RunningServer.empty(dir.resolve("data"));
        base = running.server.baseUri();
        String token = new TokenStore(dir.resolve("data")).create("paging-test", EnumSet.of(TokenStore.Scope.WRITE));
        StringBuilder records = new StringBuilder();
        hub(records, "hub", HUB);
        hub(records, "small", N);
        HttpResponse<String> written = running.send(HttpRequest.newBuilder(running.uri("/api/records"))
                .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(records.toString())).build());
        assertEquals(201, written.statusCode(), written.body());
    }

    /** A root model {@code acme/NAME} and {@code derivatives} fine-tunes of it, each trained on {@code acme/NAME-corpus}. */
    private static void hub(StringBuilder records, String name, int derivatives) {
        records.append("---\nmodel: acme/").append(name).append("\nname: ").append(name).append("\nlicence: mit\nroot: true\n")
                .append("operation:\n  name: Pre-training\n");
        for (int i = 0; i < derivatives; i++) {
            String derivative = name + "-" + String.format("%03d", (i * 37) % derivatives);
            records.append("---\nmodel: acme/").append(derivative).append("\nname: ").append(derivative).append("\nlicence: mit\n")
                    .append("bases:\n  - model: acme/").append(name).append("\n    relation: finetune\n")
                    .append("operation:\n  kind: finetune\n  datasets:\n    - dataset: acme/").append(name)
                    .append("-corpus\n      role: finetuning\n      name: Corpus\n");
        }
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void crawling_every_page_by_its_next_link_gives_what_sparql_says_of_the_hub() {
        Node hub = NodeFactory.createURI(base + "model/acme/hub");
        Graph union = GraphFactory.createGraphMem();
        List<String> visited = new ArrayList<>();
        Optional<String> next = Optional.of("/model/acme/hub.ttl");
        while (next.isPresent()) {
            String path = next.get();
            assertTrue(visited.size() < 10, "the crawl ends: " + visited);
            visited.add(path);
            HttpResponse<String> page = running.get(path, null);
            assertEquals(200, page.statusCode(), path + ": " + page.body());
            Graph graph = parse(page.body(), Lang.TURTLE);
            Optional<String> linked = link(page, "next");
            Node view = NodeFactory.createURI(base + path.substring(1));
            assertTrue(graph.contains(view, RDF.type.asNode(), HYDRA.PartialCollectionView.asNode()), path + " says it is a view");
            assertEquals(linked.map(l -> base + l.substring(1)), objects(graph, view, HYDRA.next.asNode()).stream().findFirst().map(Node::getURI),
                    "hydra:next and Link rel=next agree on " + path);
            assertEquals(Optional.of("/model/acme/hub.ttl"), link(page, "first"), path);
            assertEquals(Optional.of("/model/acme/hub.ttl?page=3"), link(page, "last"), path);
            assertEquals(visited.size() > 1, link(page, "prev").isPresent(), path);
            List<Node> derivatives = graph.find(Node.ANY, PROV.wasDerivedFrom.asNode(), hub).mapWith(Triple::getSubject).toList();
            assertTrue(derivatives.size() <= N, path + " holds " + derivatives.size());
            derivatives.forEach(d -> assertTrue(graph.contains(d, SCHEMA.name.asNode(), Node.ANY), "with the label of " + d));
            assertTrue(graph.contains(hub, SCHEMA.license.asNode(), Node.ANY), "the hub's own statements on " + path);
            withoutPaging(graph).find().forEach(union::add);
            next = linked;
        }
        assertEquals(List.of("/model/acme/hub.ttl", "/model/acme/hub.ttl?page=2", "/model/acme/hub.ttl?page=3"), visited);

        String query = "CONSTRUCT { ?s ?p <" + hub.getURI() + "> . <" + hub.getURI() + "> ?p2 ?o } WHERE { { ?s ?p <" + hub.getURI()
                + "> FILTER isIRI(?s) } UNION { <" + hub.getURI() + "> ?p2 ?o } }";
        HttpResponse<String> answer = running.post("/sparql", "application/sparql-query", query, "text/turtle");
        assertEquals(200, answer.statusCode(), answer.body());
        Graph expected = parse(answer.body(), Lang.TURTLE);
        Graph crawled = GraphFactory.createGraphMem();
        union.find().filterKeep(t -> t.getSubject().equals(hub) || t.getObject().equals(hub))
                .filterDrop(t -> t.getPredicate().getURI().equals("http://rdfs.org/ns/void#inDataset")).forEach(crawled::add);
        assertEquals(HUB, crawled.find(Node.ANY, PROV.wasDerivedFrom.asNode(), hub).toList().size());
        assertTrue(IsoMatcher.isomorphic(expected, crawled), "the pages add up to the hub's links: " + expected.size() + " in SPARQL, "
                + crawled.size() + " crawled");
    }

    @Test
    void a_paged_document_counts_what_points_at_the_thing_by_property_apart_from_the_thing() {
        Graph page = parse(running.get("/model/acme/hub.ttl?page=2", null).body(), Lang.TURTLE);
        Node hub = NodeFactory.createURI(base + "model/acme/hub");
        Node collection = NodeFactory.createURI(base + "model/acme/hub.ttl#incoming-prov-wasDerivedFrom");
        assertEquals(List.of(String.valueOf(HUB)), objects(page, collection, HYDRA.totalItems.asNode()).stream().map(Node::getLiteralLexicalForm).toList());
        assertEquals(List.of(NodeFactory.createURI(base + "model/acme/hub.ttl?page=2")), objects(page, collection, HYDRA.view.asNode()));
        Node assertion = objects(page, collection, HYDRA.memberAssertion.asNode()).getFirst();
        assertEquals(List.of(PROV.wasDerivedFrom.asNode()), objects(page, assertion, HYDRA.property.asNode()));
        assertEquals(List.of(hub), objects(page, assertion, HYDRA.object.asNode()));
        assertTrue(page.find(hub, Node.ANY, Node.ANY).filterKeep(t -> t.getPredicate().getURI().startsWith(HYDRA.NS)).toList().isEmpty(),
                "nothing of paging is said of the hub itself");
        Graph single = parse(running.get("/model/acme/hub-000.ttl", null).body(), Lang.TURTLE);
        assertTrue(single.find().filterKeep(t -> t.getPredicate().getURI().startsWith(HYDRA.NS)).toList().isEmpty(),
                "a description of one page says nothing of paging");
        assertFalse(running.get("/model/acme/hub-000.ttl", null).headers().firstValue("Link").orElse("").contains("rel=\"next\""));
    }

    @Test
    void a_page_of_a_hub_of_two_and_a_half_pages_is_about_as_big_as_the_whole_description_of_a_hub_of_one_page() {
        int hub = running.get("/model/acme/hub.ttl", null).body().length();
        int small = running.get("/model/acme/small.ttl", null).body().length();
        assertTrue(hub < small * 1.25 && hub > small * 0.8, "a page of the hub of " + HUB + ": " + hub + " characters, the hub of " + N + ": " + small);
        assertTrue(running.get("/model/acme/hub.ttl?page=3", null).body().length() < hub, "the last page holds the rest");
        assertEquals(404, running.get("/model/acme/small.ttl?page=2", null).statusCode(), N + " fit on one page");
    }

    @Test
    void a_page_that_is_not_a_number_from_1_is_400_and_a_page_past_the_last_404_saying_which_is_the_last() {
        for (String bad : List.of("0", "x", "-1", "2.5", "")) {
            HttpResponse<String> response = running.get("/model/acme/hub.ttl?page=" + bad, "application/problem+json");
            assertEquals(400, response.statusCode(), bad + ": " + response.body());
            assertTrue(response.body().contains("pages are numbered"), response.body());
        }
        HttpResponse<String> past = running.get("/model/acme/hub.ttl?page=4", "application/problem+json");
        assertEquals(404, past.statusCode());
        assertTrue(past.body().contains("3 pages") && past.body().contains("/model/acme/hub.ttl?page=3"), past.body());
        HttpResponse<String> page = running.get("/model/acme/hub?page=4", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(Jsoup.parse(page.body()).text().contains("no page 4"), page.body());
        assertEquals(404, running.get("/model/acme/nothing?page=2", "text/turtle").statusCode());
    }

    @Test
    void a_negotiated_page_links_its_neighbours_and_names_its_document() {
        HttpResponse<String> response = running.get("/model/acme/hub?page=2", "text/turtle");
        assertEquals(200, response.statusCode());
        assertEquals("/model/acme/hub.ttl?page=2", response.headers().firstValue("Content-Location").orElse(""));
        assertEquals(Optional.of("/model/acme/hub"), link(response, "first"));
        assertEquals(Optional.of("/model/acme/hub"), link(response, "prev"));
        assertEquals(Optional.of("/model/acme/hub?page=3"), link(response, "next"));
        assertEquals(Optional.of("/model/acme/hub?page=3"), link(response, "last"));
        assertTrue(response.headers().firstValue("Link").orElse("").contains("</model/acme/hub.ttl>; rel=\"alternate describedby\""));
        Graph graph = parse(response.body(), Lang.TURTLE);
        assertTrue(graph.contains(NodeFactory.createURI(base + "model/acme/hub.ttl?page=2"), HYDRA.next.asNode(),
                NodeFactory.createURI(base + "model/acme/hub.ttl?page=3")), "the body is about its Content-Location");
        assertEquals(response.body(), running.get("/model/acme/hub.ttl?page=2", null).body());
        assertEquals(running.get("/model/acme/hub.ttl", null).body(), running.get("/model/acme/hub.ttl?page=1", null).body());
    }

    @Test
    void the_hub_page_embeds_a_bounded_description_and_links_to_the_next_page_and_to_the_list_of_derivatives() {
        Document page = Jsoup.parse(running.get("/model/acme/hub", "text/html").body());
        Graph embedded = parse(page.selectFirst("script[type=application/ld+json]").data(), Lang.JSONLD);
        Node hub = NodeFactory.createURI(base + "model/acme/hub");
        assertEquals(N, embedded.find(Node.ANY, PROV.wasDerivedFrom.asNode(), hub).toList().size());
        assertEquals("/model/acme/hub?page=2", page.selectFirst("#next-page").attr("href"));
        assertTrue(page.selectFirst("#description-pages").text().contains(N + " of " + HUB), page.selectFirst("#description-pages").text());
        assertTrue(page.selectFirst("#all-derivatives a").attr("href").startsWith("/models?base="));
        Document second = Jsoup.parse(running.get("/model/acme/hub?page=2", "text/html").body());
        assertEquals("/model/acme/hub", second.selectFirst("#previous-page").attr("href"));
        assertEquals(N, second.select("#incoming tr").stream().filter(tr -> tr.text().contains("prov:wasDerivedFrom"))
                .findFirst().orElseThrow().select("a").size(), "page 2 lists the next " + N + " derivatives");
    }

    @Test
    void a_dataset_used_by_more_operations_than_a_page_lists_a_page_and_links_to_the_rest() {
        Document page = Jsoup.parse(running.get("/dataset/acme/hub-corpus", "text/html").body());
        var used = page.select("#incoming tr").stream().filter(tr -> tr.text().contains("prov:used")).findFirst().orElseThrow();
        assertEquals(N, used.select("a").size());
        assertTrue(used.text().contains("(" + N + " of " + HUB + ")"), used.text());
        Set<String> seen = new HashSet<>(used.select("a").eachAttr("href"));
        String next = page.selectFirst("#next-page").attr("href");
        while (!next.isEmpty()) {
            Document more = Jsoup.parse(running.get(next, "text/html").body());
            more.select("#incoming tr").stream().filter(tr -> tr.text().contains("prov:used")).findFirst().orElseThrow()
                    .select("a").eachAttr("href").forEach(href -> assertTrue(seen.add(href), "once: " + href));
            var link = more.selectFirst("#next-page");
            next = link == null ? "" : link.attr("href");
        }
        assertEquals(HUB, seen.size(), "following the next pages lists every operation that used it");
    }

    @Test
    void each_page_has_its_own_etag_and_answers_304_and_is_cached_apart() {
        HttpResponse<String> two = running.get("/model/acme/hub.ttl?page=2", null);
        HttpResponse<String> three = running.get("/model/acme/hub.ttl?page=3", null);
        String etag = two.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, three.headers().firstValue("ETag").orElse(""));
        HttpResponse<String> again = running.send(HttpRequest.newBuilder(running.uri("/model/acme/hub.ttl?page=2"))
                .header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        HttpResponse<String> kept = running.get("/model/acme/hub.ttl?page=2", null);
        assertEquals(Optional.of("hit"), kept.headers().firstValue("X-Cache"), "the page is kept by the answer cache");
        assertEquals(two.body(), kept.body());
        assertEquals(two.headers().firstValue("Link"), kept.headers().firstValue("Link"), "a kept answer keeps its page links");
        assertNotEquals(two.body(), running.get("/model/acme/hub.ttl?page=3", null).body());
    }

    @Test
    void the_pages_with_page_links_are_valid_html5() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of("/model/acme/hub", "/model/acme/hub?page=2", "/dataset/acme/hub-corpus", "/dataset/acme/hub-corpus?page=3")) {
            HttpResponse<String> response = running.get(path, "text/html");
            assertEquals(200, response.statusCode(), path);
            pages.put(path, response.body());
        }
        Map<String, List<String>> errors = Html5Validator.errors(pages, dir.resolve("html"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(text, lang).base(base).parse(graph);
        return graph;
    }

    private static List<Node> objects(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The target of the Link header's relation {@code rel}, if any. */
    private static Optional<String> link(HttpResponse<String> response, String rel) {
        Matcher m = LINK.matcher(response.headers().firstValue("Link").orElse(""));
        while (m.find()) {
            if (m.group(2).equals(rel)) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The graph without the statements of paging: those about the views, the collections and their member assertions. */
    private static Graph withoutPaging(Graph graph) {
        Set<Node> paging = new HashSet<>();
        graph.find().forEach(t -> {
            if (t.getPredicate().getURI().startsWith(HYDRA.NS)) {
                paging.add(t.getSubject());
            }
        });
        Graph rest = GraphFactory.createGraphMem();
        graph.find().filterDrop(t -> paging.contains(t.getSubject())).forEach(rest::add);
        return rest;
    }
}
