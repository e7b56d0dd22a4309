package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.RecordFiles;
import org.pedigree.testing.PedigreeProcess;

/**
 * {@code kill -9} of the packaged jar while it streams a batch too big to read whole (a TriG file
 * over {@link RecordFiles#STREAM_FROM_BYTES}, stored in one pass before it is validated): after
 * it, the store opens with what it held before and nothing of the batch, and takes the batch again.
 */
class StreamedLoadKilledIT {
    private static final Path PROJECT = Path.of(System.getProperty("pedigree.projectDir", ".")).toAbsolutePath();
    private static final Pattern STORED_THOUSANDS = Pattern.compile("progress: \\d{4,} records stored");

    @TempDir
    Path dir;

    @Test
    void a_streamed_load_killed_while_storing_leaves_nothing_of_its_batch() throws Exception {
        Path data = dir.resolve("data");
        assertEquals(0, PedigreeProcess.run("load", "--data", data.toString(), PROJECT.resolve("docs/examples").toString()).code());
        Path big = dir.resolve("big.trig");
        Process generate = new ProcessBuilder("bash", PROJECT.resolve("bench/generate-records.sh").toString(), "20000")
                .redirectOutput(big.toFile()).start();
        assertEquals(0, generate.waitFor());
        assertTrue(Files.size(big) >= RecordFiles.STREAM_FROM_BYTES, "the file is read as a stream");

        Process load = PedigreeProcess.start("load", "--data", data.toString(), big.toString());
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                seen.append(line).append('\n');
                if (STORED_THOUSANDS.matcher(line).find()) {
                    break;
                }
            }
        }
        assertTrue(load.isAlive(), "the load was still storing when killed: " + seen);
        new ProcessBuilder("kill", "-9", String.valueOf(load.pid())).start().waitFor();
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));

        Path dump = dir.resolve("after-kill.nq");
        assertEquals(0, PedigreeProcess.run("dump", "--data", data.toString(), "--out", dump.toString()).code());
        String quads = Files.readString(dump);
        assertTrue(quads.contains("/record/northbridge-health--medcoder-llama3-70b>"), "what was stored before is there");
        assertFalse(quads.contains("/record/bench--"), "no record of the killed batch is there");

        PedigreeProcess.Ended again = PedigreeProcess.run("load", "--data", data.toString(), big.toString());
        assertEquals(0, again.code(), again.output());
        assertTrue(again.output().contains("Stored 20000 record(s)."), again.output());
    }
}
