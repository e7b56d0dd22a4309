package org.pedigree.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pedigree.store.Tdb2LineageStore;

/**
 * The page cache keeps a page with the version of what it reads besides the store: the home page
 * rendered while the record counts are made is served from memory until they are there, then
 * rendered once more and kept again — with the cache in front of the servlets as the server has it
 * ({@link KeptAnswers} at Jetty's core, the recording in a filter).
 */
class AnswerCacheVersionTest {
    private final Tdb2LineageStore store = Tdb2LineageStore.inMemory();
    private final AtomicLong counts = new AtomicLong();
    private final AtomicReference<String> page = new AtomicReference<>("counting…");
    private final AtomicInteger renders = new AtomicInteger();
    private final HttpClient client = HttpClient.newHttpClient();
    private Server jetty;

    @BeforeEach
    void start() throws Exception {
        AnswerCache answers = new AnswerCache(store, 1 << 20, path -> counts.get());
        HttpCaching etags = new HttpCaching(store, path -> counts.get());
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                renders.incrementAndGet();
                response.setContentType("text/html; charset=utf-8");
                response.getOutputStream().write(page.get().getBytes(StandardCharsets.UTF_8));
            }
        }), "/*");
        Filter recording = (request, response, chain) -> answers.recording((HttpServletRequest) request, (HttpServletResponse) response,
                r -> chain.doFilter(request, r));
        context.addFilter(new FilterHolder(recording), "/*", EnumSet.of(DispatcherType.REQUEST));
        jetty.setHandler(new KeptAnswers(context, etags, answers));
        jetty.start();
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
        store.close();
    }

    private HttpResponse<String> home() throws Exception {
        int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_home_page_is_kept_while_its_counts_are_made_and_rendered_once_more_when_they_are_there() throws Exception {
        HttpResponse<String> first = home();
        assertEquals("counting…", first.body());
        assertFalse(first.headers().firstValue("X-Cache").isPresent());
        HttpResponse<String> kept = home();
        assertEquals(Optional.of("hit"), kept.headers().firstValue("X-Cache"), "kept while the counts are made");
        assertEquals("counting…", kept.body());
        assertEquals(1, renders.get());

        page.set("1,000,000 models");
        counts.incrementAndGet(); // the counts are there; the store did not change
        HttpResponse<String> counted = home();
        assertEquals("1,000,000 models", counted.body(), "rendered once more with the counts");
        assertFalse(counted.headers().firstValue("X-Cache").isPresent());
        assertEquals(Optional.of("hit"), home().headers().firstValue("X-Cache"), "and kept again");
        assertEquals(2, renders.get());
    }
}
