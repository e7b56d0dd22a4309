package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.testing.RunningServer;

/** {@code trace}, {@code impact} and {@code licence} on a real store, in words and as JSON, offline and against a running server. */
class LineageCommandsTest {
    private static final String FIXTURES = "src/test/resources/lineage/licence-fixtures.trig";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]), false);
        int code = Main.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void the_three_commands_answer_in_words_and_json_over_a_local_store() throws Exception {
        assertEquals(0, run("load", "--data", data(), FIXTURES).code());

        Result licence = run("licence", "--data", data(), "fx/llama2-apache-gguf");
        assertEquals(0, licence.code(), licence.err());
        assertTrue(licence.out().contains("VIOLATION drops-duty"), licence.out());
        assertTrue(licence.out().contains("base-llama2 →finetune→ llama2-apache →quantized→ llama2-apache-gguf"), licence.out());

        Result trace = run("trace", "--data", data(), "fx/llama2-apache-gguf");
        assertEquals(0, trace.code(), trace.err());
        assertTrue(trace.out().startsWith("llama2-apache-gguf: 2 ancestor(s)"), trace.out());

        Result impact = run("impact", "--data", data(), "fx/base-llama2", "--json");
        assertEquals(0, impact.code(), impact.err());
        JsonNode json = new ObjectMapper().readTree(impact.out());
        assertEquals(3, json.get("total").asInt());

        Result dataset = run("impact", "--data", data(), "--dataset", "fx/nc-chats");
        assertTrue(dataset.out().contains("Llama-3-good-chat  (trained-on)"), dataset.out());
    }

    @Test
    void an_unknown_model_or_a_missing_store_is_one_line_and_exit_1() {
        assertEquals(0, run("load", "--data", data(), FIXTURES).code());
        Result unknown = run("trace", "--data", data(), "nobody/nothing");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("knows nothing called nobody/nothing"), unknown.err());
        Result noStore = run("licence", "--data", dir.resolve("empty").toString(), "a/b");
        assertEquals(1, noStore.code());
        assertTrue(noStore.err().contains("there is no store"), noStore.err());
        assertEquals(1, run("trace", "--data", data(), "not an id").code());
    }

    @Test
    void with_server_the_commands_ask_the_running_server() {
        try (RunningServer server = RunningServer.withDemo(dir.resolve("served"))) {
            String url = "http://localhost:" + server.server.port() + "/";
            Result licence = run("licence", "--server", url, "HuggingFaceH4/zephyr-7b-beta");
            assertEquals(0, licence.code(), licence.err());
            assertTrue(licence.out().startsWith("zephyr-7b-beta declares MIT"), licence.out());
            Result trace = run("trace", "--server", url, "HuggingFaceH4/zephyr-7b-beta");
            assertTrue(trace.out().contains("Mistral-7B-v0.1 →finetune→ zephyr-7b-beta"), trace.out());
            assertEquals(1, run("impact", "--server", url, "nobody/nothing").code());
        }
    }
}
