package org.pedigree.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pedigree.store.Tdb2LineageStore;

/**
 * The ETags remembered for 304s at the edge are of one store generation and one version of what a
 * page reads besides the store: a home page rendered while its counts were made is not Not Modified
 * once they are there, even for a client that asks with its ETag before anyone else sees the new page.
 */
class HttpCachingTest {
    private final Tdb2LineageStore store = Tdb2LineageStore.inMemory();
    private final AtomicLong derived = new AtomicLong();
    private final AtomicReference<String> page = new AtomicReference<>("counting…");
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        HttpCaching caching = new HttpCaching(store, path -> derived.get());
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> {
                Optional<KeptReply> kept = caching.notModified(RequestView.of(ctx.req()));
                if (kept.isPresent()) {
                    kept.get().writeTo(ctx.res());
                    ctx.skipRemainingHandlers();
                }
            });
            config.routes.before(caching::rendering);
            config.routes.get("/", ctx -> ctx.html(page.get()));
            config.routes.after(caching::apply);
        }).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
        store.close();
    }

    private HttpResponse<String> get(String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/"));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_etag_of_a_page_rendered_from_an_older_version_of_its_counts_is_not_answered_304() throws Exception {
        HttpResponse<String> counting = get(null);
        String etag = counting.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(etag).statusCode(), "unchanged: Not Modified");

        page.set("1,000,000 models");
        derived.incrementAndGet(); // the counts are there: the store did not change
        HttpResponse<String> counted = get(etag);
        assertEquals(200, counted.statusCode(), "the client holding the page of before the counts gets the new one");
        assertEquals("1,000,000 models", counted.body());
        String newEtag = counted.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, newEtag);
        assertEquals(304, get(newEtag).statusCode(), "and then Not Modified for the new one");
        assertEquals(200, get(etag).statusCode(), "never for the old one");
    }
}
