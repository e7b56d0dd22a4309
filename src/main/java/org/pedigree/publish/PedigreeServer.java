package org.pedigree.publish;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.pedigree.Pedigree;
import org.pedigree.publish.http.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher: one Jetty server on one port where Fuseki answers {@code /sparql} and Javalin
 * everything else, over one {@link Pedigree} and its store.
 *
 * <pre>{@code
 * PedigreeServer server = PedigreeServer.create().store(store).port(0).build();
 * server.pedigree().prepare(true);
 * server.start().awaitReady(Duration.ofMinutes(1));
 * URI home = URI.create(server.baseUri());
 * server.stop();
 * }</pre>
 * The server does not own the store: whoever opened it closes it after {@link #stop()}, which
 * writes the lineage index snapshot first.
 */
public final class PedigreeServer {
    private static final Logger LOG = LoggerFactory.getLogger(PedigreeServer.class);

    private final FusekiServer fuseki;
    private final Site site;
    private final Pedigree app;

    PedigreeServer(FusekiServer fuseki, Site site, Pedigree app) {
        this.fuseki = fuseki;
        this.site = site;
        this.app = app;
    }

    public static PedigreeServerBuilder create() {
        return new PedigreeServerBuilder();
    }

    /**
     * Starts answering, and prepares the lineage index in the background (read back from its
     * snapshot, or built from what the store holds by now): until it is ready {@code /readyz} and
     * the pages that need it answer 503 with {@code Retry-After} ({@link #awaitReady(Duration)}).
     */
    public PedigreeServer start() {
        app.warmUp();
        fuseki.start();
        LOG.info("Pedigree is serving {} (SPARQL at {}sparql) on port {}", site.baseUri(), site.baseUri(), port());
        return this;
    }

    /** Waits until the lineage index is ready (what {@code /readyz} reports); false when {@code timeout} passed first. */
    public boolean awaitReady(Duration timeout) {
        return app.lineage().awaitReady(timeout);
    }

    /** The port the server listens on (the real one when 0 was asked for). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The application this server publishes. */
    public Pedigree pedigree() {
        return app;
    }

    /** The base URI of instance IRIs, ending with a slash. */
    public String baseUri() {
        return site.baseUri();
    }

    /** Stops accepting requests, lets the ones in flight finish (up to the stop timeout), then stops. */
    public void stop() {
        fuseki.stop();
        app.lineage().close(); // no request is left to write: the lineage index snapshot is written if the store changed
        LOG.info("Pedigree stopped");
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }
}
