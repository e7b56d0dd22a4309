package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pedigree.testing.DemoServerTest;

/** The plain model page: bases, derivatives, operations, unknown and referenced-only models. */
class ModelPageTest extends DemoServerTest {

    private static Document page(String path) {
        HttpResponse<String> response = running.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    private static List<String> items(Document page, String listId) {
        return page.select("#" + listId + " li").eachText();
    }

    @Test
    void a_fine_tune_shows_its_base_kind_datasets_and_derivatives() {
        Document zephyr = page("/model/HuggingFaceH4/zephyr-7b-beta");
        assertEquals("zephyr-7b-beta", zephyr.selectFirst("h1").text());
        assertEquals(List.of("finetune of Mistral-7B-v0.1"), items(zephyr, "bases"));
        assertEquals("/model/mistralai/Mistral-7B-v0.1", zephyr.selectFirst("#bases a").attr("href"));
        assertEquals("http://spdx.org/licenses/MIT", zephyr.getElementById("licence").text());
        assertTrue(zephyr.select(".operation").text().contains("ultrafeedback_binarized"));
        assertEquals(List.of("adapter Superflows-1", "quantized zephyr-7B-beta-AWQ", "quantized zephyr-7b-beta-GGUF",
                "quantized zephyr-7B-beta-GPTQ"), items(zephyr, "derivatives"));

        Document record = page(zephyr.selectFirst(".facts a[href^=/record/]").attr("href"));
        assertEquals("HuggingFaceH4--zephyr-7b-beta", record.selectFirst("h1").text());
        assertTrue(record.select("#history tbody tr").text().contains("pedigree demo"), "the demo is a record with its history");
    }

    @Test
    void the_medical_coding_example_traces_to_llama_3_and_its_private_corpus() {
        Document medcoder = page("/model/northbridge-health/medcoder-llama3-70b");
        assertEquals(List.of("finetune of Meta-Llama-3-70B"), items(medcoder, "bases"));
        String operation = medcoder.select(".operation").text();
        assertTrue(operation.contains("Northbridge Health clinical coding corpus"), operation);
        assertTrue(operation.contains("Northbridge Health ML platform"), operation);
        assertTrue(operation.contains("started 2026-03-02T08:00:00Z"), operation);
    }

    @Test
    void an_operation_shows_its_hyper_parameters_and_code_and_the_record_its_history() {
        Document medcoder = page("/model/northbridge-health/medcoder-llama3-70b");
        List<String> parameters = medcoder.select(".operation table.hyperparameters tbody tr").eachText();
        assertEquals(List.of("epochs 3", "global_batch_size 256", "learning_rate 2.0E-5"), parameters);
        assertEquals("https://git.northbridge-health.example/ml/medcoder", medcoder.selectFirst(".operation .code a").attr("href"));
        String usage = medcoder.selectFirst(".operation .usage").text();
        assertTrue(usage.startsWith("(finetuning") && usage.contains("revision "), "each dataset with its role and revision: " + usage);
        assertTrue(medcoder.selectFirst(".operation .code").text().endsWith("at revision 4f9c2e1a7b3d5f6e8a0c1b2d3e4f5a6b7c8d9e0f"), medcoder.selectFirst(".operation .code").text());

        List<String> history = medcoder.select("#history tbody tr").eachText();
        assertEquals(1, history.size(), history.toString());
        assertTrue(history.getFirst().startsWith("1 "), history.toString());
        assertTrue(history.getFirst().contains("pedigree demo"), history.toString());
        String version = medcoder.selectFirst("#history tbody a").attr("href");
        assertEquals(200, running.get(version).statusCode(), "the version link opens: " + version);
        assertTrue(medcoder.select("#all-derivatives").isEmpty(), "every derivative is listed, so no link to the rest");
    }

    @Test
    void the_page_shows_the_lineage_paths_the_effective_licence_its_conflicts_and_completeness() {
        Document medcoder = page("/model/northbridge-health/medcoder-llama3-70b");
        assertEquals(List.of("Meta-Llama-3-70B finetune MedCoder Llama-3 70B"), items(medcoder, "paths"));
        List<String> restrictions = items(medcoder, "restrictions");
        assertTrue(restrictions.contains("acceptable-use policy applies"), restrictions.toString());
        // The Llama 3 licence asks for derivative names beginning with "Llama 3": "MedCoder Llama-3 70B" does not.
        String conflicts = medcoder.select("#conflicts li").text();
        assertTrue(conflicts.contains("naming-duty"), conflicts);
        assertFalse(medcoder.select("#rules li").isEmpty());
        assertTrue(medcoder.getElementById("completeness-score").text().endsWith("%"));
        assertTrue(items(medcoder, "missing").stream().anyMatch(m -> m.startsWith("no checksum")), items(medcoder, "missing").toString());

        Document mistral = page("/model/mistralai/Mistral-7B-v0.1");
        assertTrue(mistral.getElementById("descendant-counts").text().contains("descendants in all"));
        assertTrue(mistral.select("#paths").isEmpty(), "a root has no ancestors to list");
        assertTrue(mistral.select("a[href=/api/models/mistralai/Mistral-7B-v0.1/licence]").size() == 1);
    }

    @Test
    void a_root_says_it_is_a_root_and_lists_its_direct_derivatives_by_kind() {
        Document mistral = page("/model/mistralai/Mistral-7B-v0.1");
        assertTrue(mistral.text().contains("No base model declared"));
        List<String> kinds = mistral.select("#derivatives .kind").eachText();
        assertEquals(8, kinds.size(), kinds.toString());
        assertTrue(kinds.containsAll(List.of("finetune", "adapter", "merge", "quantized")), kinds.toString());
        assertEquals(kinds.stream().sorted().toList(), kinds, "grouped by kind");
    }

    @Test
    void a_base_named_only_by_a_merge_has_a_page_saying_no_record_describes_it() {
        Document referenced = page("/model/Sao10K/Fimbulvetr-11B-v2");
        assertNotNull(referenced.selectFirst(".notice"));
        assertEquals(List.of("merge Chunky-Lemon-Cookie-11B"), items(referenced, "derivatives"));
    }

    @Test
    void an_unknown_model_is_a_404_page_for_people_and_a_problem_document_for_programs() throws Exception {
        HttpResponse<String> html = running.get("/model/nobody/nothing", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(Jsoup.parse(html.body()).text().contains("Nothing is known here about " + running.server.baseUri() + "model/nobody/nothing"));

        HttpResponse<String> json = running.get("/model/nobody/nothing", "application/json");
        assertEquals(404, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(json.body());
        assertEquals(404, problem.get("status").asInt());
        assertEquals("/model/nobody/nothing", problem.get("instance").asText());

        assertEquals(404, running.get("/no/such/page").statusCode());
    }

    @Test
    void values_from_records_are_escaped_on_the_page() throws Exception {
        String hostile = "<script>alert(1)</script>";
        String record = """
                @prefix schema: <http://schema.org/> .
                @prefix ped: <https://w3id.org/pedigree#> .
                <record/evil--model> { <model/evil/model> a ped:Model ; schema:name "%s" ; schema:description "%s" . }
                """.formatted(hostile, hostile);
        running.store.write(dsg -> RDFParser.create().fromString(record).lang(Lang.TRIG)
                .base(running.server.baseUri()).parse(dsg));
        HttpResponse<String> response = running.get("/model/evil/model");
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains(hostile), "raw markup must not reach the page");
        Document page = Jsoup.parse(response.body());
        assertEquals(List.of("application/ld+json"), page.select("script").eachAttr("type"), "only the JSON-LD data block");
        String jsonld = page.selectFirst("script").data();
        assertFalse(jsonld.contains("<") || jsonld.contains(">"), jsonld);
        assertTrue(new ObjectMapper().readTree(jsonld).toString().contains(hostile), "the JSON-LD still carries the value");
        assertEquals(hostile, page.selectFirst("h1").text());
    }

    @Test
    void a_model_without_a_licence_says_so() {
        Document gguf = page("/model/HeRksTAn/Mistral-7B-v0.1-Q4_K_M-GGUF");
        assertEquals("not stated", gguf.getElementById("licence").text());
        assertNull(gguf.selectFirst(".notice"), "described and not withdrawn");
    }
}
