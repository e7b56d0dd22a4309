package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.testing.RunningServer;

/** Which errors are pages and which problem documents, by {@code Accept} and by path. */
class ErrorResponsesTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String PAGE = "/model/nobody/nothing";
    private static final String API = "/api/models/nobody/nothing/trace";

    @TempDir
    static Path dir;
    static RunningServer running;

    @BeforeAll
    static void start() {
        running = RunningServer.empty(dir.resolve("data"));
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static String type(String path, String accept) {
        HttpResponse<String> response = running.get(path, accept);
        assertEquals(404, response.statusCode(), path + " " + accept);
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }

    @Test
    void people_get_a_page_unless_they_ask_for_json() {
        assertEquals("text/html", type(PAGE, BROWSER));
        assertEquals("text/html", type(PAGE, null), "curl without Accept");
        assertEquals("text/html", type(PAGE, "*/*"), "curl's own Accept");
        assertEquals("text/html", type(PAGE, "text/turtle"), "a type no error is written in");
        assertEquals("text/html", type(PAGE, "application/json, text/html"), "a tie goes to the page");
        assertEquals("text/html", type("/no/such/page", null));
        assertEquals("application/problem+json", type(PAGE, "application/json"));
        assertEquals("application/problem+json", type(PAGE, "application/ld+json"));
        assertEquals("application/problem+json", type(PAGE, "application/problem+json"));
    }

    @Test
    void programs_under_api_get_a_problem_document_unless_they_ask_for_html() {
        assertEquals("application/problem+json", type(API, null));
        assertEquals("application/problem+json", type(API, "*/*"));
        assertEquals("application/problem+json", type(API, "application/json"));
        assertEquals("application/problem+json", type(API, "text/turtle"));
        assertEquals("text/html", type(API, BROWSER), "a browser opening an API link");
    }

    @Test
    void a_problem_document_has_the_members_of_rfc_9457() throws Exception {
        JsonNode problem = new ObjectMapper().readTree(running.get(API, null).body());
        assertEquals("about:blank", problem.get("type").asText());
        assertEquals("Not Found", problem.get("title").asText());
        assertEquals(404, problem.get("status").asInt());
        assertEquals(API, problem.get("instance").asText());
        assertTrue(problem.get("detail").asText().length() > 0, problem.toString());
    }
}
