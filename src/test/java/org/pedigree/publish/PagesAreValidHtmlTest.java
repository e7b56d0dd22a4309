package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pedigree.testing.DemoServerTest;
import org.pedigree.testing.Html5Validator;

/** Every kind of page, as the server sends it, is valid HTML5 by the Nu HTML Checker. */
class PagesAreValidHtmlTest extends DemoServerTest {
    static final List<String> PAGES = List.of("/", "/models", "/models?q=zephyr&kind=finetune", "/datasets",
            "/model/mistralai/Mistral-7B-v0.1", "/model/HuggingFaceH4/zephyr-7b-beta?colour=licence",
            "/model/northbridge-health/medcoder-llama3-70b?colour=advisory", "/dataset/HuggingFaceH4/ultrachat_200k",
            "/agent/HuggingFaceH4", "/record/HuggingFaceH4--zephyr-7b-beta", "/term/model-lineage", "/term/base-model", "/kind/gguf",
            "/kind/quantized", "/licence/llama3", "/dictionary", "/query", "/ontology", "/no/such/page");

    @Test
    void every_page_is_valid_html5() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : PAGES) {
            HttpResponse<String> response = running.get(path, "text/html");
            assertEquals(path.equals("/no/such/page") ? 404 : 200, response.statusCode(), path);
            pages.put(path, response.body());
        }
        Map<String, List<String>> errors = Html5Validator.errors(pages, dir.resolve("html"));
        StringBuilder report = new StringBuilder();
        errors.forEach((page, lines) -> report.append(page).append('\n').append(String.join("\n", lines)).append('\n'));
        assertTrue(errors.isEmpty(), report.toString());
    }
}
