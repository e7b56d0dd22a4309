package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar and the {@code ./pedigree} launcher as real processes: start, serve, SIGTERM,
 * restart on the same data, and the refusals a user meets (store in use, no suitable JDK).
 */
class LauncherIT {
    private static final Path JAR = Path.of(System.getProperty("pedigree.jar", "target/pedigree.jar"));
    private static final Path PROJECT = Path.of(System.getProperty("pedigree.projectDir", ".")).toAbsolutePath();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final Pattern SERVING = Pattern.compile("Pedigree is serving .* on port (\\d+)");
    /** Triples of the records (Pedigree's own knowledge graphs left out). */
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER (!STRSTARTS(STR(?g), \"https://w3id.org/pedigree/graph/\")) }";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    /** A running {@code pedigree serve} process and everything it wrote to stderr. */
    private static final class Served {
        final Process process;
        final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        int port = -1;

        Served(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        log.add(line);
                    }
                } catch (IOException e) {
                    log.add("reader failed: " + e);
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void awaitServing() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && process.isAlive()) {
                synchronized (log) {
                    for (String line : log) {
                        Matcher m = SERVING.matcher(line);
                        if (m.find()) {
                            port = Integer.parseInt(m.group(1));
                            return;
                        }
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the server did not start: " + text());
        }

        String text() {
            synchronized (log) {
                return String.join("\n", log);
            }
        }

        HttpResponse<String> get(String path, String accept) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
            if (accept != null) {
                request.header("Accept", accept);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        long tripleCount() throws Exception {
            HttpResponse<String> csv = get("/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8), "text/csv");
            assertEquals(200, csv.statusCode(), csv.body());
            return Long.parseLong(csv.body().strip().split("\r?\n")[1].strip());
        }
    }

    /** SIGTERM without closing the process's streams (Process.destroy closes them). */
    private static void sigterm(Process process) throws Exception {
        new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static Served serve(Path data, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString(), "serve", "--port", "0", "--data", data.toString()));
        command.addAll(List.of(extra));
        return new Served(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private static String runToEnd(ProcessBuilder builder, int[] exit) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "process did not end: " + output);
        exit[0] = process.exitValue();
        return output;
    }

    @Test
    void serves_stops_on_sigterm_and_restarts_with_the_same_data_without_reloading_the_demo() throws Exception {
        Path data = tmp.resolve("data");
        Served first = serve(data);
        first.awaitServing();
        HttpResponse<String> home = first.get("/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Mistral-7B-v0.1"));
        long triples = first.tripleCount();
        assertTrue(triples > 300, "demo triples: " + triples);
        assertTrue(first.text().contains("Loaded the demo lineage (17 records)"), first.text());
        assertTrue(first.text().contains("pedigree.access - 127.0.0.1 \"GET / HTTP/1.1\" 200"), "one access-log line per request:\n" + first.text());

        // A second server on the same data directory is told the store is in use.
        int[] exit = new int[1];
        String refused = runToEnd(new ProcessBuilder(JAVA, "-jar", JAR.toString(), "serve", "--port", "0", "--data", data.toString()), exit);
        assertEquals(1, exit[0], refused);
        assertTrue(refused.contains("is in use by another process (pid " + first.process.pid() + ")"), refused);
        assertFalse(refused.contains("\tat "), "no stack trace: " + refused);

        sigterm(first.process);
        assertTrue(first.process.waitFor(60, TimeUnit.SECONDS), "SIGTERM did not stop the server");
        assertEquals(143, first.process.exitValue(), first.text());
        assertTrue(first.text().contains("Store closed cleanly"), first.text());

        Served second = serve(data);
        try {
            second.awaitServing();
            assertEquals(triples, second.tripleCount(), "the restart keeps every triple and does not add the demo again");
            assertEquals(200, second.get("/model/mistralai/Mistral-7B-v0.1", "text/html").statusCode(),
                    "on another port the store's own base URI still finds its models");
            assertFalse(second.text().contains("Loaded the demo lineage"), second.text());
        } finally {
            sigterm(second.process);
        }
    }

    @Test
    void no_demo_starts_on_an_empty_store() throws Exception {
        Served served = serve(tmp.resolve("empty"), "--no-demo");
        try {
            served.awaitServing();
            assertEquals(0, served.tripleCount());
            assertTrue(served.get("/", "text/html").body().contains("The store holds no lineage yet."));
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
