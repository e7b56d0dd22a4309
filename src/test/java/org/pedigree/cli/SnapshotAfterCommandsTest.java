package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.publish.RestartFromSnapshotTest;
import org.pedigree.store.SnapshotSlot;
import org.pedigree.testing.RunningServer;

/**
 * A command that writes a few records while the server is stopped keeps the lineage index
 * snapshot current, so the next start reads it instead of building the index, and answers with
 * the command's records in the lineage (as a full build does).
 */
class SnapshotAfterCommandsTest {
    static final String BASE = "http://pedigree.test/";

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private RunningServer serve() {
        return RunningServer.withDemo(data(), options -> options.baseUri(BASE));
    }

    private int run(String... args) {
        CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]), false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, code, out + "\n" + err);
        return code;
    }

    @Test
    void a_load_by_the_command_line_keeps_the_snapshot_current_and_the_next_start_serves_the_new_lineage_from_it() throws IOException {
        try (RunningServer first = serve()) {
            assertEquals(200, first.get("/readyz").statusCode());
        }
        String before = state();
        assertTrue(before.startsWith("clean "), before);

        Path record = dir.resolve("zephyr-nc.yaml");
        Files.writeString(record, "model: acme/zephyr-nc\nlicence: cc-by-nc-4.0\nbases:\n  - model: HuggingFaceH4/zephyr-7b-beta\n"
                + "    relation: finetune\n");
        run("load", "--data", data().toString(), record.toString());
        String after = state();
        assertTrue(after.startsWith("clean "), "the command wrote a snapshot with its write: " + after);
        assertNotEquals(before, after);

        Map<String, String> fromSnapshot;
        try (RunningServer second = serve()) {
            assertTrue(second.get("/readyz").body().contains("\"lineageIndex\":\"snapshot\""), second.get("/readyz").body());
            fromSnapshot = RestartFromSnapshotTest.answers(second);
            assertTrue(fromSnapshot.get("acme/zephyr-nc licence").startsWith("200") && fromSnapshot.get("acme/zephyr-nc licence")
                    .contains("NonCommercialUse"), fromSnapshot.toString());
            assertTrue(fromSnapshot.get("computed facts").contains("acme/zephyr-nc"), "the command computed the new model's facts");
        }
        Files.delete(data().resolve(SnapshotSlot.STATE)); // what an operator does after writing the directory with other tools
        try (RunningServer third = serve()) {
            assertTrue(third.get("/readyz").body().contains("\"lineageIndex\":\"build\""));
            assertEquals(fromSnapshot, RestartFromSnapshotTest.answers(third));
        }
    }

    @Test
    void a_restore_leaves_no_snapshot_to_trust() throws IOException {
        try (RunningServer first = serve()) {
            assertEquals(200, first.get("/readyz").statusCode());
        }
        Path backup = dir.resolve("store.nq.gz");
        run("backup", "--data", data().toString(), "--out", backup.toString());
        run("restore", "--data", data().toString(), backup.toString());
        assertTrue(!Files.exists(data().resolve(SnapshotSlot.STATE)) || !state().startsWith("clean "));
        try (RunningServer restored = serve()) {
            assertTrue(restored.get("/readyz").body().contains("\"lineageIndex\":\"build\""));
        }
    }

    private String state() throws IOException {
        return Files.readString(data().resolve(SnapshotSlot.STATE), StandardCharsets.UTF_8).strip();
    }
}
