package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/** {@code POST /api/import/{format}} over real HTTP: convert, validate and store, with a write token. */
class ImportApiTest {
    @TempDir
    Path dir;
    RunningServer server;
    String token;

    @BeforeEach
    void start() {
        server = RunningServer.empty(dir);
        token = new TokenStore(dir).create("ci", EnumSet.of(TokenStore.Scope.WRITE));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String token, Path body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(body))).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return server.send(request.build());
    }

    @Test
    void a_card_posted_with_its_model_id_is_stored_and_a_bom_about_the_same_model_is_its_next_version() throws Exception {
        HttpResponse<String> created = post("/api/import/hf?id=acme/med-llama", token, Path.of("src/test/resources/hf/cards/acme__med-llama/README.md"));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("acme--med-llama"), created.body());
        assertEquals(200, server.get("/model/acme/med-llama", "text/turtle").statusCode());
        HttpResponse<String> bom = post("/api/import/cyclonedx", token, Path.of("src/test/resources/cyclonedx/acme-med-llama.cdx.json"));
        assertEquals(201, bom.statusCode(), bom.body());
        JsonNode stored = new ObjectMapper().readTree(bom.body()).path("records");
        assertTrue(java.util.stream.StreamSupport.stream(stored.spliterator(), false)
                .anyMatch(r -> r.path("id").asText().equals("acme--med-llama") && r.path("version").asInt() == 2), bom.body());
    }

    @Test
    void bad_documents_and_formats_are_400_and_no_token_401() throws Exception {
        HttpResponse<String> context = post("/api/import/spdx", token, Path.of("src/test/resources/spdx/other-context.spdx3.json"));
        assertEquals(400, context.statusCode());
        assertTrue(context.body().contains("is not the SPDX 3.0.1 context"), context.body());
        HttpResponse<String> noId = post("/api/import/hf", token, Path.of("src/test/resources/hf/cards/acme__med-llama/README.md"));
        assertEquals(400, noId.statusCode());
        assertTrue(noId.body().contains("?id=OWNER/NAME"), noId.body());
        assertEquals(400, post("/api/import/xml", token, Path.of("src/test/resources/spdx/other-context.spdx3.json")).statusCode());
        assertEquals(401, post("/api/import/cyclonedx", null, Path.of("src/test/resources/cyclonedx/acme-med-llama.cdx.json")).statusCode());
    }
}
