package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.SnapshotSlot;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.RunningServer;

/**
 * Restarts of a real server over the same TDB2 directory: an unchanged store is served from the
 * lineage index snapshot (nothing is written at start, the answers are those of a full build);
 * a write, a damaged snapshot or a dirty state make the next start build the index again, never
 * answer from a stale one.
 */
public class RestartFromSnapshotTest {
    static final String BASE = "http://pedigree.test/";
    static final List<String> MODELS = List.of("HuggingFaceH4/zephyr-7b-beta", "mistralai/Mistral-7B-v0.1", "acme/zephyr-nc");

    @TempDir
    Path data;

    private RunningServer start() {
        return RunningServer.withDemo(data, options -> options.baseUri(BASE));
    }

    @Test
    void a_restart_over_an_unchanged_store_reads_the_snapshot_writes_nothing_and_answers_as_a_full_build() throws IOException {
        Map<String, String> built;
        try (RunningServer first = start()) {
            assertTrue(first.get("/readyz").body().contains("\"lineageIndex\":\"build\""), first.get("/readyz").body());
            built = answers(first);
        }
        assertTrue(Files.size(data.resolve(SnapshotSlot.SNAPSHOT)) > 0, "the stop wrote the snapshot");
        assertTrue(state().startsWith("clean "), state());

        try (RunningServer second = start()) {
            HttpResponse<String> ready = second.get("/readyz");
            assertEquals(200, ready.statusCode());
            assertTrue(ready.body().contains("\"lineageIndex\":\"snapshot\""), ready.body());
            assertEquals(0, second.store.generation(), "nothing was written at start: the computed facts were left as they were");
            assertEquals(built, answers(second));
        }
        assertTrue(state().startsWith("clean "), "an unchanged store keeps its snapshot: " + state());
    }

    @Test
    void a_write_through_the_server_is_in_the_next_start_whether_it_was_stopped_cleanly_or_not() throws IOException {
        String stateBefore;
        try (RunningServer first = start()) {
            assertEquals(201, createDerivative(first).statusCode());
            assertEquals("dirty", state(), "the write made the state dirty before its commit: a kill now means a full build");
            stateBefore = state();
        }
        assertTrue(state().startsWith("clean "), "the stop wrote a snapshot with the write: " + state());
        assertNotEquals(stateBefore, state());
        Map<String, String> fromSnapshot;
        try (RunningServer second = start()) {
            assertTrue(second.get("/readyz").body().contains("\"lineageIndex\":\"snapshot\""));
            fromSnapshot = answers(second);
            assertTrue(fromSnapshot.get("acme/zephyr-nc licence").contains("NonCommercialUse"), fromSnapshot.toString());
            assertTrue(fromSnapshot.get("HuggingFaceH4/zephyr-7b-beta descendants").contains("acme/zephyr-nc"), fromSnapshot.toString());
        }
        Files.writeString(data.resolve(SnapshotSlot.STATE), "dirty\n"); // as left by a process killed after a write
        try (RunningServer third = start()) {
            assertTrue(third.get("/readyz").body().contains("\"lineageIndex\":\"build\""), "a dirty state is never trusted");
            assertEquals(fromSnapshot, answers(third), "the snapshot answered as the full build does");
        }
    }

    @Test
    void a_truncated_or_damaged_snapshot_is_ignored_and_the_index_built_again() throws IOException {
        Map<String, String> built;
        try (RunningServer first = start()) {
            built = answers(first);
        }
        Path snapshot = data.resolve(SnapshotSlot.SNAPSHOT);
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, Arrays.copyOf(whole, whole.length / 2));
        try (RunningServer truncated = start()) {
            assertTrue(truncated.get("/readyz").body().contains("\"lineageIndex\":\"build\""), truncated.get("/readyz").body());
            assertEquals(built, answers(truncated));
        }
        byte[] rewritten = Files.readAllBytes(snapshot);
        assertEquals(whole.length, rewritten.length, "the stop wrote a whole snapshot again");
        rewritten[rewritten.length / 2] ^= 0x20;
        Files.write(snapshot, rewritten);
        try (RunningServer damaged = start()) {
            assertTrue(damaged.get("/readyz").body().contains("\"lineageIndex\":\"build\""), damaged.get("/readyz").body());
            assertEquals(built, answers(damaged));
        }
    }

    private HttpResponse<String> createDerivative(RunningServer running) {
        String token = new TokenStore(data).create("restart-test", EnumSet.of(TokenStore.Scope.WRITE));
        String record = "model: acme/zephyr-nc\nlicence: cc-by-nc-4.0\nbases:\n  - model: HuggingFaceH4/zephyr-7b-beta\n    relation: finetune\n";
        return running.send(HttpRequest.newBuilder(running.uri("/api/records")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(record)).build());
    }

    private String state() throws IOException {
        return Files.readString(data.resolve(SnapshotSlot.STATE), StandardCharsets.UTF_8).strip();
    }

    /** What a user of the lineage API sees of a few models, and the computed facts graph as SPARQL shows it. */
    public static Map<String, String> answers(RunningServer running) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String model : MODELS) {
            for (String question : List.of("trace", "licence", "advisories", "completeness")) {
                HttpResponse<String> answer = running.get("/api/models/" + model + "/" + question, "application/json");
                answers.put(model + " " + question, answer.statusCode() + " " + answer.body());
            }
            HttpResponse<String> tree = running.get("/api/models/" + model + "/descendants?limit=100", "application/json");
            answers.put(model + " descendants", tree.statusCode() + " " + iris(tree.body()));
        }
        answers.put("computed facts", running.store.read(dsg -> {
            Set<String> facts = new TreeSet<>();
            dsg.getGraph(NodeFactory.createURI(BASE + "meta/lineage")).find().forEachRemaining(t -> facts.add(t.toString()));
            return String.join("\n", facts);
        }));
        return answers;
    }

    /** The IRIs a JSON answer names, in order of appearance removed (the order of siblings may differ between builds). */
    private static String iris(String json) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\"(https?://[^\"]+)\"").matcher(json);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found.toString();
    }
}
