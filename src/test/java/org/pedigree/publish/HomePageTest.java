package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.DemoLineage;
import org.pedigree.testing.RunningServer;

/** The home page over the demo lineage, as a reader (and a link checker) sees it. */
class HomePageTest {
    @TempDir
    static Path dataDir;
    static RunningServer running;
    static Document home;

    @BeforeAll
    static void start() {
        running = RunningServer.withDemo(dataDir);
        HttpResponse<String> response = running.get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        home = Jsoup.parse(response.body(), running.uri("/").toString());
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void says_what_pedigree_is() {
        String lede = home.selectFirst(".lede").text();
        assertTrue(lede.contains("lineage of machine-learning models"), lede);
        assertTrue(lede.contains("SPARQL endpoint"), lede);
    }

    @Test
    void counts_the_records_and_triples_of_the_demo() {
        DatasetGraph demo = DemoLineage.parse(running.server.baseUri());
        assertEquals(String.valueOf(demo.stream().count()), home.getElementById("count-triples").text());
        long records = 0;
        for (var graphs = demo.listGraphNodes(); graphs.hasNext(); graphs.next()) {
            records++;
        }
        assertEquals(String.valueOf(records), home.getElementById("count-records").text());
        assertEquals("17", home.getElementById("count-models").text(), "2 + 1 + 14 demo models are described");
    }

    @Test
    void links_to_both_worked_examples_with_their_family_sizes() {
        Element mistral = home.selectFirst("ul.roots a[href=/model/mistralai/Mistral-7B-v0.1]");
        Element llama = home.selectFirst("ul.roots a[href=/model/meta-llama/Meta-Llama-3-70B]");
        assertTrue(mistral != null && llama != null, home.select("ul.roots").outerHtml());
        assertEquals("14 derivatives", mistral.nextElementSibling().text());
        assertEquals("1 derivative", llama.nextElementSibling().text());
        assertFalse(home.select("ul.models a[href=/model/northbridge-health/medcoder-llama3-70b]").isEmpty());
    }

    @Test
    void every_model_link_on_the_home_page_opens_a_page() {
        for (Element link : home.select("ul.roots a, ul.models a")) {
            HttpResponse<String> page = running.get(link.attr("href"));
            assertEquals(200, page.statusCode(), link.attr("href"));
            String main = Jsoup.parse(page.body()).select("main").text();
            assertTrue(main.contains(link.text()), link.attr("href") + " does not show " + link.text());
        }
    }

    @Test
    void pages_carry_security_headers_and_the_stylesheet_loads() {
        HttpResponse<String> response = running.get("/");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        HttpResponse<String> css = running.get("/static/pedigree.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        int traversal = running.get("/static/..%2F..%2Flogback.xml").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "path traversal answered " + traversal);
    }
}
