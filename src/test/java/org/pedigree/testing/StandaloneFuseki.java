package org.pedigree.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.exec.http.UpdateExecHTTP;

/**
 * A real standalone Apache Jena Fuseki ({@code org.apache.jena:jena-fuseki-server}, copied into
 * {@code target/fuseki/} by the build) in its own process, configured with
 * {@code docs/deploy/fuseki-lineage.ttl} over a TDB2 database in a temporary directory.
 */
public final class StandaloneFuseki implements AutoCloseable {
    private final Process process;
    private final int port;

    private StandaloneFuseki(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Fuseki and waits until it answers. */
    public static StandaloneFuseki start(Path workDir) throws IOException, InterruptedException {
        String jar = System.getProperty("pedigree.fusekiServer", "target/fuseki/fuseki-server.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException("no Fuseki server jar at " + jar + ": run the tests through ./mvnw, which copies it");
        }
        Files.createDirectories(workDir);
        String config = Files.readString(Path.of("docs/deploy/fuseki-lineage.ttl"))
                .replace("\"databases/lineage\"", "\"" + workDir.resolve("db").toAbsolutePath().toString().replace("\\", "/") + "\"");
        Path configFile = workDir.resolve("config.ttl");
        Files.writeString(configFile, config);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar, "--conf", configFile.toString(), "--port", String.valueOf(port)))
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(workDir.resolve("fuseki.log").toFile()).start();
        StandaloneFuseki fuseki = new StandaloneFuseki(process, port);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki stopped: " + Files.readString(workDir.resolve("fuseki.log")));
            }
            try {
                HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ping.statusCode() == 200) {
                    return fuseki;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fuseki.close();
        throw new IllegalStateException("Fuseki did not answer within 60 s: " + Files.readString(workDir.resolve("fuseki.log")));
    }

    /** The dataset URL: queries and updates. */
    public String datasetUrl() {
        return "http://localhost:" + port + "/lineage";
    }

    /** Empties the dataset. */
    public void clear() {
        UpdateExecHTTP.service(datasetUrl()).update("DROP ALL").execute();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
