package org.pedigree.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar ({@code pedigree.jar}, set by failsafe) as a real process: a {@code serve}
 * that the test talks to over HTTP and kills with SIGKILL or SIGTERM, or a command run to its end.
 */
public final class PedigreeProcess {
    public static final Path JAR = Path.of(System.getProperty("pedigree.jar", "target/pedigree.jar"));
    public static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final Pattern SERVING = Pattern.compile("Pedigree is serving .* on port (\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What a command printed and its exit code. */
    public record Ended(int code, String output) {}

    public final Process process;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private int port = -1;

    private PedigreeProcess(Process process) {
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

    /** Starts {@code pedigree serve --port 0 --data DATA EXTRA…} and waits until it serves and {@code /readyz} says it is ready. */
    public static PedigreeProcess serve(Path data, String... extra) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString(), "serve", "--port", "0", "--data", data.toString()));
        command.addAll(List.of(extra));
        try {
            PedigreeProcess served = new PedigreeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
            served.awaitServing();
            served.awaitReady();
            return served;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code pedigree ARGS…} without waiting. */
    public static Process start(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code pedigree ARGS…} to its end. */
    public static Ended run(String... args) {
        return finish(start(args));
    }

    /** Waits for a started command and collects its output. */
    public static Ended finish(Process process) {
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(180, TimeUnit.SECONDS), "process did not end: " + output);
            return new Ended(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitServing() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
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
            sleep(50);
        }
        throw new AssertionError("the server did not start: " + text());
    }

    /** Waits for {@code /readyz} to answer 200 (the lineage index is read back or built in the background after a start). */
    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (HTTP.send(request("readyz").timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(50);
        }
        throw new AssertionError("the server did not get ready: " + text());
    }

    public String url() {
        return "http://localhost:" + port + "/";
    }

    /** The output once it holds {@code expected} (a line logged just after the one awaited may still be on its way), or after 10 s. */
    public String awaitText(String expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!text().contains(expected) && System.nanoTime() < deadline) {
            sleep(50);
        }
        return text();
    }

    public String text() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    /** SIGKILL: no shutdown hook, no clean close. */
    public void kill9() {
        signal(process, "-KILL");
    }

    /** SIGTERM (without closing the process's streams, as Process.destroy would). */
    public void sigterm() {
        signal(process, "-TERM");
    }

    public static void signal(Process process, String signal) {
        try {
            new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process outlived kill " + signal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url() + path.replaceFirst("^/", "")));
    }

    /** Triples in each record graph whose IRI starts with {@code prefix}, by SPARQL. */
    public Map<String, Integer> triplesPerGraph(String prefix) {
        String query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER STRSTARTS(STR(?g), \"" + prefix + "\") } GROUP BY ?g";
        HttpResponse<String> csv = send(request("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).header("Accept", "text/csv"));
        assertEquals(200, csv.statusCode(), csv.body());
        Map<String, Integer> counts = new LinkedHashMap<>();
        csv.body().lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
            String[] cells = line.split(",");
            counts.put(cells[0].strip(), Integer.parseInt(cells[1].strip()));
        });
        return counts;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
