package org.pedigree.publish;

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
 * server.start();
 * URI home = URI.create(server.baseUri());
 * server.stop();
 * }</pre>
 * The server does not own the store: whoever opened it closes it after {@link #stop()}.
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

    /** Builds the lineage index from the store (what the store holds by now), then starts answering. */
    public PedigreeServer start() {
        app.lineage().prepare();
        fuseki.start();
        LOG.info("Pedigree is serving {} (SPARQL at {}sparql) on port {}", site.baseUri(), site.baseUri(), port());
        return this;
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
        LOG.info("Pedigree stopped");
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }
}
