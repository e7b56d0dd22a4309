package org.pedigree.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pedigree.store.BackupFile;

/**
 * The data-management commands against a running server ({@code --server URL}, an admin token):
 * {@code GET /api/admin/backup} saved as a checksummed backup file, {@code POST /api/admin/compact}.
 */
final class AdminClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AdminClient(DataConfig config) {
        if (config.token() == null) {
            throw new ConfigException("this needs an admin token for " + config.server() + ": add --token TOKEN or set PEDIGREE_TOKEN "
                    + "(create one on the server's machine with `pedigree token create --name NAME --scope admin`)");
        }
        String server = config.server().toString();
        this.base = server.endsWith("/") ? server : server + "/";
        this.token = config.token();
    }

    /** Streams the server's backup into {@code target} (temporary file, checksum, atomic move). */
    BackupFile.Written backup(Path target) {
        HttpResponse<InputStream> response = send(request("api/admin/backup").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw refused("backup", response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            return BackupFile.write(target, body::transferTo);
        } catch (IOException e) {
            throw new ConfigException("the backup from " + base + " did not arrive whole (" + e.getMessage() + "): no backup was written; try again");
        }
    }

    /** Asks the server to compact its store; returns the server's summary in words. */
    String compact() {
        HttpResponse<String> response = send(request("api/admin/compact").timeout(Duration.ofHours(2))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw refused("compaction", response.statusCode(), response.body());
        }
        try {
            return JSON.readTree(response.body()).path("summary").asText();
        } catch (IOException e) {
            throw new IllegalStateException("the server answered the compaction with something other than JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new ConfigException("cannot reach the server at " + base + " (--server): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ConfigException refused(String what, int status, String body) {
        String detail = body;
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem.hasNonNull("detail")) {
                detail = problem.get("detail").asText();
            }
        } catch (IOException e) {
            // not a problem document: the body itself says what happened
        }
        return new ConfigException("the server at " + base + " refused the " + what + " (HTTP " + status + "): " + detail.strip());
    }
}
