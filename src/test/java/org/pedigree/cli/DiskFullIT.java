package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.testing.PedigreeProcess;

/**
 * A load into a store whose file system fills up part-way (a small tmpfs the test mounts): the
 * packaged jar stops with one clear line, and once space returns the store opens with everything
 * it held before and takes new writes. Mounting needs root (CI runs as root); elsewhere the test
 * is skipped and says why.
 */
class DiskFullIT {
    private static final Path PROJECT = Path.of(System.getProperty("pedigree.projectDir", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    private static PedigreeProcess.Ended command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return PedigreeProcess.finish(process);
    }

    private Path records(String name, int n) throws Exception {
        Path file = dir.resolve(name);
        Process generate = new ProcessBuilder("bash", PROJECT.resolve("bench/generate-records.sh").toString(), String.valueOf(n))
                .redirectOutput(file.toFile()).start();
        assertEquals(0, generate.waitFor());
        return file;
    }

    private static long usedKb(Path mount) throws IOException {
        var store = Files.getFileStore(mount);
        return (store.getTotalSpace() - store.getUnallocatedSpace()) / 1024;
    }

    @Test
    void a_full_disk_during_a_load_is_one_clear_line_and_the_store_is_whole_once_space_returns() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-fs"));
        PedigreeProcess.Ended mounted = command("mount", "-t", "tmpfs", "-o", "size=300m", "tmpfs", mount.toString());
        Assumptions.assumeTrue(mounted.code() == 0,
                "skipped: this test mounts a size-limited tmpfs and cannot here (needs root): " + mounted.output().strip());
        try {
            Path data = mount.resolve("data");
            PedigreeProcess.Ended first = PedigreeProcess.run("load", "--data", data.toString(), records("first.trig", 3).toString());
            assertEquals(0, first.code(), first.output());
            assertEquals(0, command("mount", "-o", "remount,size=" + (usedKb(mount) + 1024) + "k", mount.toString()).code());

            PedigreeProcess.Ended full = PedigreeProcess.run("load", "--data", data.toString(), records("big.trig", 1500).toString());
            assertEquals(1, full.code(), full.output());
            List<String> lines = full.output().strip().lines().toList();
            assertTrue(lines.getLast().startsWith("pedigree: cannot write to the store in " + data + ": its file system is full"),
                    full.output());
            assertTrue(full.output().lines().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Exception in thread")), full.output());

            assertEquals(0, command("mount", "-o", "remount,size=400m", mount.toString()).code());
            Path dump = dir.resolve("after.nq");
            assertEquals(0, PedigreeProcess.run("dump", "--data", data.toString(), "--out", dump.toString()).code());
            String quads = Files.readString(dump);
            for (int i = 0; i < 3; i++) {
                assertTrue(quads.contains("/record/bench--m" + i + "> ."), "record " + i + " of the first load is still there");
            }
            assertTrue(!quads.contains("/record/bench--m1499> ."), "nothing of the refused load is there");
            PedigreeProcess.Ended again = PedigreeProcess.run("load", "--data", data.toString(), records("again.trig", 5).toString());
            assertEquals(0, again.code(), "the store takes writes again once space returns: " + again.output());
        } finally {
            command("umount", "-l", mount.toString());
        }
    }
}
