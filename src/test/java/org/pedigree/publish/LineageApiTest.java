package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.DemoServerTest;

/** The lineage analytics over HTTP on the demo lineage, and their answer to a write made through the API. */
class LineageApiTest extends DemoServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = running.get(path, "application/json");
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void descendants_trace_impact_licence_and_completeness_answer_as_json() throws Exception {
        JsonNode tree = get("/api/models/mistralai/Mistral-7B-v0.1/descendants?limit=3");
        assertTrue(tree.get("direct").get("quantized").asInt() >= 1, tree.toString());
        assertEquals(3, tree.get("page").size());
        JsonNode trace = get("/api/models/HuggingFaceH4/zephyr-7b-beta/trace");
        assertEquals("Mistral-7B-v0.1", trace.get("ancestors").get(0).get("node").get("name").asText());
        assertTrue(trace.get("paths").get(0).get("steps").size() >= 2);
        JsonNode impact = get("/api/datasets/HuggingFaceH4/ultrachat_200k/impact");
        assertTrue(impact.get("total").asInt() >= 2, impact.toString());
        JsonNode licence = get("/api/models/HuggingFaceH4/zephyr-7b-beta/licence");
        assertTrue(licence.get("declared").get(0).asText().endsWith("/MIT"), licence.toString());
        JsonNode completeness = get("/api/models/HuggingFaceH4/zephyr-7b-beta/completeness");
        assertTrue(completeness.get("score").asDouble() < 1.0 && completeness.get("missing").size() > 0, completeness.toString());
        JsonNode common = get("/api/lineage/common-ancestor?a=HuggingFaceH4/zephyr-7b-beta&b=HuggingFaceH4/mistral-7b-sft-beta");
        assertEquals("Mistral-7B-v0.1", common.get(0).get("ancestor").get("name").asText());
        assertEquals(200, running.get("/api/lineage/diff?a=HuggingFaceH4/zephyr-7b-beta&b=HuggingFaceH4/mistral-7b-sft-beta", null).statusCode());
    }

    @Test
    void unknown_models_are_404_and_bad_parameters_400_as_problem_documents() {
        HttpResponse<String> missing = running.get("/api/models/nobody/nothing/trace", "application/json");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        assertEquals(400, running.get("/api/models/mistralai/Mistral-7B-v0.1/descendants?kind=cousin", null).statusCode());
        assertEquals(400, running.get("/api/models/mistralai/Mistral-7B-v0.1/descendants?limit=100000", null).statusCode());
        assertEquals(400, running.get("/api/models/mistralai/Mistral-7B-v0.1/descendants?depth=x", null).statusCode());
        assertEquals(400, running.get("/api/lineage/diff?a=HuggingFaceH4/zephyr-7b-beta", null).statusCode());
    }

    @Test
    void a_write_through_the_api_is_seen_by_the_analytics_at_once() throws Exception {
        String token = new TokenStore(dir.resolve("data")).create("api-test", EnumSet.of(TokenStore.Scope.WRITE));
        String record = "model: acme/zephyr-nc\nlicence: cc-by-nc-4.0\nbases:\n  - model: HuggingFaceH4/zephyr-7b-beta\n    relation: finetune\n";
        HttpResponse<String> created = running.send(HttpRequest.newBuilder(running.uri("/api/records")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(record)).build());
        assertEquals(201, created.statusCode(), created.body());
        JsonNode licence = get("/api/models/acme/zephyr-nc/licence");
        assertTrue(licence.get("restrictions").toString().contains("NonCommercialUse"), licence.toString());
        JsonNode tree = get("/api/models/HuggingFaceH4/zephyr-7b-beta/descendants");
        assertTrue(tree.get("page").toString().contains("zephyr-nc"), tree.toString());
        String sparql = "ASK { ?m <https://w3id.org/pedigree#effectiveRestriction> <https://w3id.org/pedigree#NonCommercialUse> "
                + "FILTER(STRENDS(STR(?m), \"acme/zephyr-nc\")) }";
        HttpResponse<String> ask = running.get("/sparql?query=" + java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertTrue(ask.body().contains("true"), "the computed facts are queryable: " + ask.body());
    }
}
