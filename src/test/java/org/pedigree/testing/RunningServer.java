package org.pedigree.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import org.pedigree.publish.PedigreeServer;
import org.pedigree.publish.PedigreeServerBuilder;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.store.TokenStore;

/**
 * A real Pedigree server on a free port over a real TDB2 store in a temporary directory, with a
 * real HTTP client. Close it to stop the server and the store.
 */
public final class RunningServer implements AutoCloseable {
    public final Tdb2LineageStore store;
    public final PedigreeServer server;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private RunningServer(Tdb2LineageStore store, PedigreeServer server) {
        this.store = store;
        this.server = server;
    }

    /** A server whose store holds Pedigree's knowledge and the demo lineage, as `serve` sets it up. */
    public static RunningServer withDemo(Path dataDir) {
        return withDemo(dataDir, options -> { });
    }

    /** The same, with server options set by {@code options} (query timeout, query cap …). */
    public static RunningServer withDemo(Path dataDir, Consumer<PedigreeServerBuilder> options) {
        return create(dataDir, options, true);
    }

    /** A server over a store with Pedigree's knowledge and no record. */
    public static RunningServer empty(Path dataDir) {
        return empty(dataDir, options -> { });
    }

    public static RunningServer empty(Path dataDir, Consumer<PedigreeServerBuilder> options) {
        return create(dataDir, options, false);
    }

    /**
     * As `serve` does it: bind, then the start-up recipe of {@link org.pedigree.Pedigree#prepare} (with the demo or without),
     * then start; and wait for the lineage index to be ready, as a load balancer waits for {@code /readyz}.
     */
    private static RunningServer create(Path dataDir, Consumer<PedigreeServerBuilder> options, boolean demo) {
        Tdb2LineageStore store = Tdb2LineageStore.open(dataDir);
        try {
            PedigreeServerBuilder builder = PedigreeServer.create().store(store).tokens(new TokenStore(dataDir)).port(0)
                    .stopTimeout(Duration.ofSeconds(30));
            options.accept(builder);
            PedigreeServer server = builder.build();
            server.pedigree().prepare(demo);
            server.start();
            if (!server.awaitReady(Duration.ofMinutes(2))) {
                server.stop();
                throw new IllegalStateException("the lineage index did not get ready: " + server.pedigree().lineage().readiness());
            }
            return new RunningServer(store, server);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    public HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return get(path, null);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
