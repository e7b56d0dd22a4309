package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.testing.PedigreeProcess;

/**
 * The packaged jar and the {@code ./pedigree} launcher as real processes: start, serve, SIGTERM,
 * restart on the same data, and the refusals a user meets (store in use, no suitable JDK).
 */
class LauncherIT {
    private static final Path PROJECT = Path.of(System.getProperty("pedigree.projectDir", ".")).toAbsolutePath();
    /** Triples of the records (Pedigree's own knowledge graphs left out). */
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER (!STRSTARTS(STR(?g), \"https://w3id.org/pedigree/graph/\")) }";

    @TempDir
    Path tmp;

    private static HttpResponse<String> get(PedigreeProcess served, String path, String accept) {
        return served.send(served.request(path).header("Accept", accept));
    }

    private static long tripleCount(PedigreeProcess served) {
        HttpResponse<String> csv = get(served, "/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        return Long.parseLong(csv.body().strip().split("\r?\n")[1].strip());
    }

    /** SIGTERM without closing the process's streams (Process.destroy closes them); forcibly after 60 s. */
    private static void sigterm(Process process) throws Exception {
        new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String runToEnd(ProcessBuilder builder, int[] exit) throws Exception {
        PedigreeProcess.Ended ended = PedigreeProcess.finish(builder.redirectErrorStream(true).start());
        exit[0] = ended.code();
        return ended.output();
    }

    @Test
    void serves_stops_on_sigterm_and_restarts_with_the_same_data_without_reloading_the_demo() throws Exception {
        Path data = tmp.resolve("data");
        PedigreeProcess first = PedigreeProcess.serve(data);
        HttpResponse<String> home = get(first, "/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Mistral-7B-v0.1"));
        long triples = tripleCount(first);
        assertTrue(triples > 300, "demo triples: " + triples);
        assertTrue(first.text().contains("Loaded the demo lineage (17 records)"), first.text());
        String accessLine = "pedigree.access - 127.0.0.1 \"GET / HTTP/1.1\" 200";
        assertTrue(first.awaitText(accessLine).contains(accessLine), "one access-log line per request:\n" + first.text());

        // A second server on the same data directory is told the store is in use.
        int[] exit = new int[1];
        String refused = runToEnd(new ProcessBuilder(PedigreeProcess.JAVA, "-jar", PedigreeProcess.JAR.toString(), "serve", "--port", "0", "--data", data.toString()), exit);
        assertEquals(1, exit[0], refused);
        assertTrue(refused.contains("is in use by another process (pid " + first.process.pid() + ")"), refused);
        assertFalse(refused.contains("\tat "), "no stack trace: " + refused);

        sigterm(first.process);
        assertTrue(first.process.waitFor(60, TimeUnit.SECONDS), "SIGTERM did not stop the server");
        assertEquals(143, first.process.exitValue(), first.text());
        assertTrue(first.awaitText("Store closed cleanly").contains("Store closed cleanly"), first.text());

        PedigreeProcess second = PedigreeProcess.serve(data);
        try {
            assertEquals(triples, tripleCount(second), "the restart keeps every triple and does not add the demo again");
            assertEquals(200, get(second, "/model/mistralai/Mistral-7B-v0.1", "text/html").statusCode(),
                    "on another port the store's own base URI still finds its models");
            assertFalse(second.text().contains("Loaded the demo lineage"), second.text());
        } finally {
            sigterm(second.process);
        }
    }

    @Test
    void no_demo_starts_on_an_empty_store() throws Exception {
        PedigreeProcess served = PedigreeProcess.serve(tmp.resolve("empty"), "--no-demo");
        try {
            assertEquals(0, tripleCount(served));
            assertTrue(get(served, "/", "text/html").body().contains("The store holds no lineage yet."));
        } finally {
            sigterm(served.process);
        }
    }

    @Test
    void the_launcher_finds_a_recent_jdk_even_when_java_home_points_at_an_old_one() throws Exception {
        Path jdk17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        assumeTrue(Files.isExecutable(jdk17.resolve("bin/java")), "no JDK 17 here to point JAVA_HOME at");
        ProcessBuilder launcher = new ProcessBuilder(PROJECT.resolve("pedigree").toString(), "--version");
        launcher.environment().put("JAVA_HOME", jdk17.toString());
        int[] exit = new int[1];
        String output = runToEnd(launcher, exit);
        assertEquals(0, exit[0], output);
        assertTrue(output.strip().startsWith("Pedigree "), output);
    }

    @Test
    void the_launcher_says_in_one_sentence_when_there_is_no_jdk_21() throws Exception {
        Path emptyJvmDir = Files.createDirectories(tmp.resolve("jvm"));
        ProcessBuilder launcher = new ProcessBuilder("/bin/bash", PROJECT.resolve("pedigree").toString(), "serve");
        Map<String, String> env = launcher.environment();
        env.remove("JAVA_HOME");
        env.put("PATH", "/usr/bin:/bin");
        env.put("PEDIGREE_JVM_DIR", emptyJvmDir.toString());
        assumeTrue(!javaOnPathIsRecent(), "the java on PATH here is already 21+");
        int[] exit = new int[1];
        String output = runToEnd(launcher, exit);
        assertEquals(2, exit[0], output);
        assertTrue(output.startsWith("Pedigree needs a JDK 21 or newer and found none"), output);
        assertEquals(1, output.strip().lines().count(), output);
    }

    private static boolean javaOnPathIsRecent() throws Exception {
        Path java = Path.of("/usr/bin/java");
        if (!Files.exists(java)) {
            return false;
        }
        Process version = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        version.waitFor();
        Matcher m = Pattern.compile("version \"(\\d+)").matcher(text);
        return m.find() && Integer.parseInt(m.group(1)) >= 21;
    }
}
