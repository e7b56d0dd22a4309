package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/** {@code pedigree import hf} and {@code import hf-api} as a user runs them, on a real store. */
class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/hf");

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void import_hf_stores_a_directory_of_cards_and_reports_like_load() {
        Result result = run("import", "hf", "--data", data(), FIXTURES.resolve("cards").toString());
        assertEquals(0, result.code(), result.err() + result.out());
        assertTrue(result.out().contains("Stored 5 record(s)"), result.out());
        Result again = run("import", "hf", "--data", data(), FIXTURES.resolve("cards").toString());
        assertEquals(0, again.code(), again.err() + again.out());
    }

    @Test
    void a_bad_card_stops_the_import_and_nothing_is_stored() {
        Result result = run("import", "hf", "--data", data(), FIXTURES.resolve("bad/acme__odd-relation").toString(),
                FIXTURES.resolve("cards/acme__med-llama").toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("acme__odd-relation/README.md, field base_model_relation: 'distilled'"), result.err());
        assertTrue(result.err().contains("Nothing stored"), result.err());
        assertFalse(result.out().contains("Stored"), result.out());
    }

    @Test
    void with_partial_the_good_cards_are_stored_and_the_bad_ones_reported() {
        Result result = run("import", "hf", "--partial", "--data", data(), FIXTURES.resolve("bad").toString(),
                FIXTURES.resolve("cards/acme__med-llama").toString());
        assertEquals(1, result.code());
        assertEquals(6, result.err().lines().filter(l -> l.startsWith("refused: ")).count(), result.err());
        assertTrue(result.out().contains("Stored 1 record(s)"), result.out());
    }

    @Test
    void id_names_the_model_of_one_card_anywhere() throws Exception {
        Path card = dir.resolve("README.md");
        Files.writeString(card, "---\nbase_model: meta-llama/Llama-2-7b-hf\nlicense: llama2\n---\n");
        Result result = run("import", "hf", "--id", "acme/elsewhere", "--data", data(), card.toString());
        assertEquals(0, result.code(), result.err() + result.out());
        assertTrue(result.out().contains("acme--elsewhere"), result.out());
    }

    @Test
    void out_converts_only_and_the_file_loads() {
        Path out = dir.resolve("records.trig");
        Result result = run("import", "hf-api", "--out", out.toString(), FIXTURES.resolve("api").toString());
        assertEquals(0, result.code(), result.err() + result.out());
        DatasetGraph written = RDFDataMgr.loadDatasetGraph(out.toString());
        assertEquals(2, org.apache.jena.atlas.iterator.Iter.count(written.listGraphNodes()));
        assertFalse(Files.exists(dir.resolve("data")));
        Result load = run("load", "--data", data(), out.toString());
        assertEquals(0, load.code(), load.err() + load.out());
        assertTrue(load.out().contains("Stored 2 record(s)"), load.out());
    }

    @Test
    void invalid_json_is_a_clear_error_naming_the_file() {
        Result result = run("import", "hf-api", "--data", data(), FIXTURES.resolve("api/acme__trailing-comma.json.bad").toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("acme__trailing-comma.json.bad line 3, column"), result.err());
    }

    @Test
    void with_server_the_records_go_to_the_running_servers_api() {
        Path serverData = dir.resolve("server");
        try (RunningServer server = RunningServer.empty(serverData)) {
            String token = new TokenStore(serverData).create("ci", EnumSet.of(TokenStore.Scope.WRITE));
            Result result = run("import", "hf", "--server", server.uri("/").toString(), "--token", token,
                    FIXTURES.resolve("cards").toString());
            assertEquals(0, result.code(), result.err() + result.out());
            assertTrue(result.out().contains("HTTP 201"), result.out());
            assertEquals(200, server.get("/model/acme/med-llama-GGUF", "text/turtle").statusCode());
        }
    }

    @Test
    void import_spdx_and_cyclonedx_store_their_models_and_refuse_an_unknown_context() {
        Result spdx = run("import", "spdx", "--data", data(), "src/test/resources/spdx/acme-med-llama.spdx3.json");
        assertEquals(0, spdx.code(), spdx.err() + spdx.out());
        assertTrue(spdx.out().contains("Stored 4 record(s)"), spdx.out());
        Result cdx = run("import", "cyclonedx", "--data", data(), "src/test/resources/cyclonedx/acme-med-llama.cdx.json");
        assertEquals(0, cdx.code(), cdx.err() + cdx.out());
        assertTrue(cdx.out().contains("acme--med-llama"), cdx.out());
        Result refused = run("import", "spdx", "--data", data(), "src/test/resources/spdx/other-context.spdx3.json");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("is not the SPDX 3.0.1 context"), refused.err());
    }

    @Test
    void import_croissant_stores_a_dataset_record() {
        Result result = run("import", "croissant", "--data", data(), "src/test/resources/croissant/acme-clinical-notes-v2.json");
        assertEquals(0, result.code(), result.err() + result.out());
        assertTrue(result.out().contains("Stored 1 record(s)"), result.out());
    }

    @Test
    void a_later_import_keeps_the_spelling_the_store_has_for_a_model() throws Exception {
        assertEquals(0, run("import", "hf", "--data", data(), FIXTURES.resolve("cards/acme__med-llama").toString()).code());
        Path card = dir.resolve("acme__med-llama-q8/README.md");
        Files.createDirectories(card.getParent());
        Files.writeString(card, "---\nbase_model: ACME/MED-LLAMA\nbase_model_relation: quantized\n---\n");
        assertEquals(0, run("import", "hf", "--data", data(), card.toString()).code());
        Result turtle = run("export", "acme/med-llama-q8", "--format", "turtle", "--data", data());
        assertTrue(turtle.out().contains("<http://localhost:8080/model/acme/med-llama>"), turtle.out());
        assertFalse(turtle.out().contains("MED-LLAMA"), turtle.out());
    }
}
