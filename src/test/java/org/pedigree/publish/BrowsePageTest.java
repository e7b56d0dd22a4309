package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pedigree.testing.DemoServerTest;

/** /models and /datasets over the demo: search, facets as links, pages, and suggestions as JSON. */
class BrowsePageTest extends DemoServerTest {
    private static Document page(String path) {
        HttpResponse<String> response = running.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    @Test
    void the_models_list_filters_by_base_and_kind_as_the_picture_links_it() {
        Document all = page("/models");
        assertTrue(all.select("#results li").size() > 14);
        assertTrue(all.select("#facet-base a").eachText().contains("Mistral-7B-v0.1"));
        Document quantized = page("/models?base=%2Fmodel%2Fmistralai%2FMistral-7B-v0.1&kind=quantized");
        List<String> names = quantized.select("#results .result-name").eachText();
        assertTrue(!names.isEmpty() && names.stream().allMatch(n -> n.contains("GGUF") || n.contains("AWQ") || n.contains("GPTQ")), names.toString());
        assertEquals(2, quantized.select("#applied li").size());
        String remove = quantized.selectFirst("#applied a").attr("href");
        assertTrue(page(remove).select("#applied li").size() == 1);
    }

    @Test
    void search_finds_words_of_names_and_descriptions_and_suggests_names() {
        Document zephyr = page("/models?q=zephyr");
        assertTrue(zephyr.select("#results .result-name").eachText().contains("zephyr-7b-beta"));
        assertEquals("zephyr", zephyr.getElementById("q").val());
        assertTrue(page("/models?q=pre-trained+from+scratch").select("#results .result-name").eachText().contains("Meta-Llama-3-70B"));
        HttpResponse<String> suggest = running.get("/models/suggest?q=zeph");
        assertTrue(suggest.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertTrue(suggest.body().contains("\"label\":\"zephyr-7b-beta\""), suggest.body());
        assertTrue(page("/datasets?q=ultra").select("#results .result-name").text().toLowerCase().contains("ultra"));
        assertEquals("[]", running.get("/models/suggest").body());
    }

    @Test
    void the_model_page_counts_link_to_all_derivatives_of_a_kind_and_a_write_shows_in_the_list() {
        Document mistral = page("/model/mistralai/Mistral-7B-v0.1");
        String all = mistral.select("#descendant-counts a").eachAttr("href").stream().filter(h -> h.endsWith("kind=finetune")).findFirst().orElseThrow();
        assertEquals(4, page(all).select("#results li").size());

        String base = running.uri("/").toString();
        var model = org.apache.jena.graph.NodeFactory.createURI(base + "model/acme/brand-new-model");
        running.store.write(dsg -> {
            var g = org.apache.jena.graph.NodeFactory.createURI(base + "record/acme--brand-new-model");
            dsg.add(g, model, org.apache.jena.vocabulary.RDF.type.asNode(), org.pedigree.vocab.PED.Model.asNode());
            dsg.add(g, model, org.pedigree.vocab.SCHEMA.name.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("quokka-7b"));
        });
        assertEquals(java.util.List.of("quokka-7b"), page("/models?q=quokka").select("#results .result-name").eachText());
    }

    @Test
    void facets_of_effective_restriction_and_advisory_come_from_the_analytics() {
        Document all = page("/models");
        assertTrue(!all.select("#facet-restriction li").isEmpty());
        assertTrue(!all.select("#facet-licence li").isEmpty());
        assertEquals(200, running.get("/models?page=999999999").statusCode());
    }
}
