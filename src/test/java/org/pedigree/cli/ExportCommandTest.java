package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pedigree export} as a user runs it, after importing hand-made cards into a real store. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void importCards() {
        Result imported = run("import", "hf", "--data", dir.resolve("data").toString(), "src/test/resources/hf/cards");
        assertEquals(0, imported.code(), imported.err());
    }

    @Test
    void exports_a_card_front_matter_with_the_stated_relation() {
        Result card = run("export", "acme/med-llama-GGUF", "--format", "hf", "--data", dir.resolve("data").toString());
        assertEquals(0, card.code(), card.err());
        assertTrue(card.out().startsWith("---\n"), card.out());
        assertTrue(card.out().contains("base_model: acme/med-llama\n"), card.out());
        assertTrue(card.out().contains("base_model_relation: quantized\n"), card.out());
    }

    @Test
    void exports_a_cyclonedx_bom_to_a_file() throws Exception {
        Path out = dir.resolve("bom.json");
        Result bom = run("export", "acme/twin-merge", "--format", "cyclonedx", "--out", out.toString(), "--data", dir.resolve("data").toString());
        assertEquals(0, bom.code(), bom.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertEquals("1.6", json.path("specVersion").asText());
        assertEquals(2, json.path("components").get(0).path("pedigree").path("ancestors").size());
    }

    @Test
    void an_unknown_model_or_format_is_a_clear_error() {
        Result missing = run("export", "nobody/nothing", "--format", "spdx", "--data", dir.resolve("data").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no record describes the model http://localhost:8080/model/nobody/nothing"), missing.err());
        Result format = run("export", "acme/med-llama", "--format", "xml", "--data", dir.resolve("data").toString());
        assertEquals(1, format.code());
        assertTrue(format.err().contains("--format = 'xml' is not an export format: use hf, spdx, cyclonedx, fair4ml, mldcat, turtle, jsonld"), format.err());
    }
}
