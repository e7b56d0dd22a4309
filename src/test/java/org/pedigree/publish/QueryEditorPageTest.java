package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pedigree.testing.DemoServerTest;

/** The SPARQL editor page: YASGUI served from this server, and every example a working query with answers on the demo. */
class QueryEditorPageTest extends DemoServerTest {
    @Test
    void the_page_offers_the_four_examples_and_the_bundled_editor() {
        HttpResponse<String> response = running.get("/query");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals(4, page.select("#examples > li").size());
        assertTrue(page.select("script[src]").eachAttr("src").containsAll(java.util.List.of("/static/yasgui.min.js", "/static/editor.js")));
        assertTrue(page.select("script[src^=http], link[href^=http][rel=stylesheet]").isEmpty(), "nothing from elsewhere");
        HttpResponse<String> yasgui = running.get("/static/yasgui.min.js");
        assertEquals(200, yasgui.statusCode());
        assertTrue(yasgui.body().length() > 500_000, "the bundled YASGUI");
        assertEquals(200, running.get("/static/yasgui.min.css").statusCode());
        assertEquals(200, running.get("/static/editor.js").statusCode());
    }

    @Test
    void a_model_page_links_to_the_editor_on_the_query_that_gives_its_table() throws Exception {
        Document model = Jsoup.parse(running.get("/model/mistralai/Mistral-7B-v0.1").body());
        String link = model.select("#reproduce a").first().attr("href");
        Document editor = Jsoup.parse(running.get(link).body());
        String query = editor.getElementById("plain-query").val();
        assertTrue(query.contains("prov:wasDerivedFrom <" + running.uri("/model/mistralai/Mistral-7B-v0.1") + ">"), query);
        HttpResponse<String> response = running.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(model.select("#derivatives li").size(),
                new ObjectMapper().readTree(response.body()).path("results").path("bindings").size(), "the same rows as the page's table");
    }

    @Test
    void every_example_runs_on_the_endpoint_and_the_demo_answers_most_of_them() throws Exception {
        Document page = Jsoup.parse(running.get("/query").body());
        int answered = 0;
        for (Element form : page.select("form.example-form")) {
            String query = form.selectFirst("input[name=query]").val();
            HttpResponse<String> response = running.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertEquals(200, response.statusCode(), query + "\n" + response.body());
            JsonNode bindings = new ObjectMapper().readTree(response.body()).path("results").path("bindings");
            if (bindings.size() > 0) {
                answered++;
            }
        }
        assertTrue(answered >= 3, answered + " examples answered");
    }
}
