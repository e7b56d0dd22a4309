package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pedigree.testing.DemoServerTest;

/** The OpenAPI document matches the routes, every documented read answers, and the docs page loads only this server's files. */
class ApiDocsTest extends DemoServerTest {
    private static final Map<String, String> EXAMPLES = Map.of("{owner}", "mistralai", "{name}", "Mistral-7B-v0.1",
            "{id}", "mistralai--Mistral-7B-v0.1");

    private static JsonNode spec() throws Exception {
        HttpResponse<String> response = running.get("/api/openapi.json", "application/json");
        assertEquals(200, response.statusCode());
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void every_api_route_is_documented_and_every_documented_path_is_a_route() throws Exception {
        JsonNode spec = spec();
        assertEquals("3.1.0", spec.get("openapi").asText());
        Set<String> documented = new TreeSet<>();
        spec.get("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> routed = new TreeSet<>();
        Matcher route = Pattern.compile("config\\.routes\\.\\w+\\(\"(/api/[^\"]+)\"").matcher(
                Files.readString(Path.of("src/main/java/org/pedigree/publish/Routes.java")));
        while (route.find()) {
            routed.add(route.group(1));
        }
        routed.removeIf(p -> p.startsWith("/api/openapi") || p.startsWith("/api/docs"));
        Set<String> documentedApi = new TreeSet<>(documented);
        documentedApi.removeIf(p -> !p.startsWith("/api/"));
        assertEquals(routed, documentedApi, "Routes.java and openapi.yaml name the same /api paths");
    }

    @Test
    void every_documented_read_answers_with_the_examples() throws Exception {
        JsonNode paths = spec().get("paths");
        List<String> failures = new ArrayList<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (!paths.get(path).has("get") || path.equals("/sparql") || paths.get(path).get("get").has("security")) {
                continue;
            }
            String concrete = path;
            for (var e : EXAMPLES.entrySet()) {
                concrete = concrete.replace(e.getKey(), path.startsWith("/api/datasets/") && e.getKey().equals("{name}") ? "ultrachat_200k"
                        : path.startsWith("/api/datasets/") && e.getKey().equals("{owner}") ? "HuggingFaceH4" : e.getValue());
            }
            if (path.endsWith("/export")) {
                concrete += "?format=spdx";
            }
            if (path.startsWith("/api/lineage/")) {
                concrete += "?a=HuggingFaceH4/zephyr-7b-beta&b=HuggingFaceH4/mistral-7b-sft-beta";
            }
            HttpResponse<String> response = running.get(concrete, path.startsWith("/api/") ? "application/json" : null);
            if (response.statusCode() != 200) {
                failures.add(concrete + " → " + response.statusCode());
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void the_docs_page_loads_swagger_ui_from_this_server_only() {
        HttpResponse<String> page = running.get("/api/docs", "text/html");
        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        List<String> sources = new ArrayList<>(html.select("script[src]").eachAttr("src"));
        sources.addAll(html.select("link[rel=stylesheet]").eachAttr("href"));
        assertFalse(sources.isEmpty());
        for (String source : sources) {
            assertTrue(source.startsWith("/"), "same origin: " + source);
            assertEquals(200, running.get(source).statusCode(), source);
        }
        assertTrue(running.get("/api/docs/swagger-ui-bundle.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(404, running.get("/api/docs/index.html").statusCode(), "only the files the page needs");
        assertTrue(running.get("/api/openapi.yaml").body().startsWith("openapi: 3.1.0"));
    }
}
