package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.pedigree.testing.DemoServerTest;

/** Dictionary term pages, kind and licence pages, and the dictionary index. */
class TermPageTest extends DemoServerTest {
    private static Document page(String path) {
        HttpResponse<String> response = running.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    @Test
    void the_model_lineage_entry_gives_everything_the_seed_entry_offers_and_more() throws Exception {
        Document term = page("/term/model-lineage");
        assertEquals("Model lineage", term.selectFirst("h1").text());
        assertEquals("stable", term.getElementById("status").text());
        assertEquals("v2026.2", term.getElementById("version").text());
        assertTrue(term.getElementById("definition").text().startsWith("The chain of provenance for a model"));
        assertEquals(List.of("model ancestry", "model provenance"), term.select("#aliases li").eachText());
        // Worked examples link to the live records.
        assertTrue(!term.select("#examples a[href=/model/northbridge-health/medcoder-llama3-70b]").isEmpty());
        assertTrue(!term.select("#examples a[href=/model/mistralai/Mistral-7B-v0.1]").isEmpty());
        // Counter-examples carry the shapes' verdict and the reason.
        String counters = term.getElementById("counter-examples").text();
        assertTrue(counters.contains("A model with no declared base.") && counters.contains("Refused by the shapes"), counters);
        assertTrue(term.select("#counter-examples .reasons li").text().contains("Violation"), counters);
        assertTrue(term.select("#related a").eachAttr("href").contains("/term/base-model"));
        assertTrue(term.select("#references a").eachAttr("href").contains("https://casrai.org/dictionary/term/model-lineage"));
        JsonNode json = new ObjectMapper().readTree(term.getElementById("defined-term").text());
        assertEquals("DefinedTerm", json.get("@type").asText());
        assertEquals("https://w3id.org/pedigree/term/model-lineage", json.get("identifier").asText());
        assertEquals(running.uri("/term/model-lineage").toString(), json.get("url").asText());
        Document jats = Jsoup.parse(term.getElementById("jats").text(), "", Parser.xmlParser());
        assertEquals("Model lineage", jats.selectFirst("kwd").attr("vocab-term"));
    }

    @Test
    void kind_and_licence_pages_are_dictionary_entries_that_link_to_the_models_they_apply_to() {
        Document quantized = page("/kind/quantized");
        assertTrue(quantized.select("#narrower a").eachAttr("href").contains("/kind/gguf"));
        assertTrue(quantized.getElementById("applies").attr("href").equals("/models?kind=quantized"));
        assertTrue(quantized.getElementById("applies").text().matches("\\d+ models in this store are derived this way"));
        Document gguf = page("/kind/gguf");
        assertTrue(gguf.getElementById("mappings").text().contains("Hugging Face base_model_relation: quantized"));
        Document llama3 = page("/licence/llama3");
        assertEquals("Llama 3 Community License Agreement", llama3.selectFirst("h1").text());
        assertTrue(llama3.getElementById("rules").text().contains("prohibits"), llama3.getElementById("rules").text());
        assertEquals("2 models in this store declare it", llama3.getElementById("applies").text()); // Meta-Llama-3-70B and medcoder
        assertEquals(200, running.get("/term/model-lineage.ttl").statusCode());
        assertEquals(404, running.get("/term/no-such-term").statusCode());
    }

    @Test
    void the_dictionary_index_lists_terms_kinds_and_licences() {
        Document index = page("/dictionary");
        assertTrue(index.select("#terms a").eachAttr("href").contains("/term/model-lineage"));
        assertTrue(index.select("#kinds a").eachAttr("href").containsAll(List.of("/kind/finetune", "/kind/gguf")));
        assertTrue(index.select("a[href=/licence/llama3]").size() == 1);
        assertTrue(index.select("a[href=/models?licence=http%3A%2F%2Fspdx.org%2Flicenses%2FMIT]").size() == 1, "SPDX licences link to their models");
    }
}
