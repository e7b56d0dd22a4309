package org.pedigree.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;

/**
 * {@code load --server URL}: sends each source to a running server's {@code POST /api/records}
 * (one request, so one all-or-nothing batch, per file) with the write token.
 */
final class RemoteLoad {
    private final DataConfig config;
    private final PrintWriter out;
    private final PrintWriter err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteLoad(DataConfig config, PrintWriter out, PrintWriter err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    int load(List<RecordSource> sources, boolean partial) {
        if (config.token() == null) {
            throw new ConfigException("writing to a server needs a write token: add --token TOKEN or set PEDIGREE_TOKEN "
                    + "(create one on the server's machine with `pedigree token create --name NAME`)");
        }
        String base = config.server().toString().endsWith("/") ? config.server().toString() : config.server() + "/";
        int exit = 0;
        for (RecordSource source : sources) {
            String type = source.mediaType() != null ? source.mediaType() : mediaTypeOf(source.name());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/records?mode=upsert&partial=" + partial))
                    .timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + config.token())
                    .header("Content-Type", type)
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(source.bytes()))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                out.println(source.name() + ": HTTP " + response.statusCode());
                out.println(response.body());
                if (response.statusCode() >= 400) {
                    exit = Main.USER_ERROR;
                }
            } catch (IOException e) {
                throw new ConfigException("cannot reach the server at " + base + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        err.flush();
        return exit;
    }

    private static String mediaTypeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return RecordReaders.mediaTypeFor(lower.substring(lower.lastIndexOf('.') + 1));
    }
}
