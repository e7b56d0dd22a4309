package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.imports.ImportFormat;
import org.pedigree.ingest.imports.Importer;
import org.pedigree.model.InstanceIris;
import org.pedigree.testing.RunningServer;
import org.pedigree.validate.LineageValidator;

/** The export API over real HTTP, on a server whose store holds imported hand-made cards. */
class ExportApiTest {
    @TempDir
    Path dir;
    RunningServer server;

    @BeforeEach
    void start() throws Exception {
        server = RunningServer.empty(dir);
        InstanceIris iris = new InstanceIris(server.server.baseUri());
        Path card = Path.of("src/test/resources/hf/cards/acme__med-llama-GGUF/README.md");
        var records = ImportFormat.HF.importer(iris, Knowledge.bundled(), new RecordReaders(iris, Knowledge.bundled()), Importer.Options.NONE)
                .convert(List.of(new RecordSource(card.toString(), Files.readAllBytes(card), null))).records();
        new RecordWriter(server.store, LineageValidator.bundled(Knowledge.bundled().merged()), iris, Clock.systemUTC())
                .write(records, WriteMode.UPSERT, false, "test");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_model_exports_as_a_cyclonedx_bom_with_its_media_type() throws Exception {
        HttpResponse<String> bom = server.get("/api/models/acme/med-llama-GGUF/export?format=cyclonedx", "*/*");
        assertEquals(200, bom.statusCode());
        assertTrue(bom.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.cyclonedx+json"));
        assertEquals("Med-Llama", new ObjectMapper().readTree(bom.body()).path("components").get(0)
                .path("pedigree").path("ancestors").get(0).path("name").asText());
        HttpResponse<String> card = server.get("/api/models/acme/med-llama-GGUF/export?format=hf", "*/*");
        assertTrue(card.body().contains("base_model_relation: quantized"), card.body());
    }

    @Test
    void an_unknown_model_is_404_and_an_unknown_format_400() {
        assertEquals(404, server.get("/api/models/nobody/nothing/export?format=spdx", "application/json").statusCode());
        HttpResponse<String> bad = server.get("/api/models/acme/med-llama-GGUF/export?format=xml", "application/json");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("hf, spdx, cyclonedx, fair4ml, mldcat, turtle, jsonld"), bad.body());
    }
}
