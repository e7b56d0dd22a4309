package org.pedigree.publish;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import io.javalin.Javalin;
import org.pedigree.lineage.Catalogue;
import org.pedigree.lineage.LineageService;
import io.javalin.http.servlet.JavalinServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.pedigree.store.LineageStore;
import org.pedigree.store.TokenStore;

/**
 * Builds a {@link PedigreeServer}. {@link #build()} checks the arguments and binds the port, so a
 * port in use fails there with {@link PortInUseException}; when no base URI is given it is
 * {@code http://localhost:PORT/} with the port actually bound.
 */
public final class PedigreeServerBuilder {
    /** The response buffer of pages, documents and the API: Jetty's default size, which its buffer pool reuses. */
    static final int RESPONSE_BUFFER_BYTES = 32 * 1024;

    private LineageStore store;
    private int port = 8080;
    private String baseUri;
    private Duration stopTimeout = Duration.ofSeconds(20);
    private TokenStore tokens;
    private long maxUploadBytes = 16L * 1024 * 1024;
    private Clock clock = Clock.systemUTC();
    private Path dumpDirectory;
    private Duration queryTimeout = Duration.ofSeconds(30);
    private int maxConcurrentQueries = 8;
    private int writesPerMinute = 120;
    private java.util.Set<String> serviceAllowList = java.util.Set.of();

    PedigreeServerBuilder() {}

    public PedigreeServerBuilder store(LineageStore store) {
        this.store = store;
        return this;
    }

    /** The TCP port; 0 picks a free one. */
    public PedigreeServerBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** The base URI of instance IRIs; null means {@code http://localhost:PORT/}. */
    public PedigreeServerBuilder baseUri(String baseUri) {
        this.baseUri = baseUri;
        return this;
    }

    /** The write tokens; without them every write is refused (401). */
    public PedigreeServerBuilder tokens(TokenStore tokens) {
        this.tokens = tokens;
        return this;
    }

    /** The largest request body accepted (413 beyond). */
    public PedigreeServerBuilder maxUploadBytes(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
        return this;
    }

    /** The clock that dates record versions. */
    public PedigreeServerBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** How long a SPARQL query may run before it is stopped (default 30 s). */
    public PedigreeServerBuilder queryTimeout(Duration queryTimeout) {
        this.queryTimeout = queryTimeout;
        return this;
    }

    /** How many SPARQL queries may run at once; more get 503 with Retry-After (default 8). */
    public PedigreeServerBuilder maxConcurrentQueries(int maxConcurrentQueries) {
        this.maxConcurrentQueries = maxConcurrentQueries;
        return this;
    }

    /** How many writes a token may make a minute; more get 429 with Retry-After (default 120). */
    public PedigreeServerBuilder writesPerMinute(int writesPerMinute) {
        this.writesPerMinute = writesPerMinute;
        return this;
    }

    /** The only endpoints SPARQL SERVICE may call (default none: SERVICE is off). */
    public PedigreeServerBuilder serviceAllowList(java.util.Set<String> endpoints) {
        this.serviceAllowList = java.util.Set.copyOf(endpoints);
        return this;
    }

    /** Where the published dumps are written (default: a new temporary directory). */
    public PedigreeServerBuilder dumpDirectory(Path dumpDirectory) {
        this.dumpDirectory = dumpDirectory;
        return this;
    }

    /** How long a stop waits for requests in flight. */
    public PedigreeServerBuilder stopTimeout(Duration stopTimeout) {
        this.stopTimeout = stopTimeout;
        return this;
    }

    public PedigreeServer build() {
        Objects.requireNonNull(store, "a PedigreeServer needs a store");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("at least one query must be allowed to run, not " + maxConcurrentQueries);
        }
        EdgeFilter edge = new EdgeFilter(maxConcurrentQueries, store);
        FusekiServer.Builder fusekiBuilder = FusekiServer.create().port(port).verbose(false).addFilter("/*", edge);
        if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
        }
        store.sparqlService().ifPresentOrElse(
                service -> edge.proxy(new SparqlProxy(service, queryTimeout, serviceAllowList)),
                () -> SparqlEndpoint.register(fusekiBuilder, store.localStorage().orElseThrow().datasetGraph(), queryTimeout, serviceAllowList));
        FusekiServer fuseki = fusekiBuilder.build();
        Server jetty = fuseki.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            // Fuseki asks for 5 MB output buffers, larger than Jetty pools: every answer allocated and zeroed one.
            // SPARQL answers keep that size (EdgeFilter); pages and documents get Jetty's default, from its pool.
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER_BYTES);
            }
        }

        int boundPort = bind(jetty);
        Site site = new Site(baseUri != null ? baseUri : "http://localhost:" + boundPort + "/");
        edge.site(site);
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("the upload limit must be positive, not " + maxUploadBytes);
        }
        Path dumps;
        try {
            dumps = dumpDirectory != null ? dumpDirectory : Files.createTempDirectory("pedigree-dumps");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a directory for the dumps: " + e.getMessage(), e);
        }
        LineageService lineage = new LineageService(store, site.iris(), new Catalogue(store, site.iris().recordNamespace()));
        HttpCaching caching = new HttpCaching(store);
        edge.caching(caching);
        Javalin pages = Routes.create(site, store, lineage, caching, tokens, maxUploadBytes, clock, dumps, writesPerMinute, queryTimeout);
        JavalinServlet servlet = new JavalinServlet(pages.unsafe);
        edge.writes(servlet);
        jetty.getDescendant(ServletContextHandler.class).addServlet(new ServletHolder(servlet), "/*");

        jetty.setRequestLog(AccessLog.create());
        GracefulHandler graceful = new GracefulHandler(jetty.getHandler());
        jetty.setHandler(graceful);
        jetty.setStopTimeout(stopTimeout.toMillis());
        return new PedigreeServer(fuseki, site, lineage);
    }

    /** Opens the listening socket now, so the real port is known and a port in use fails early. */
    private int bind(Server jetty) {
        ServerConnector connector = (ServerConnector) jetty.getConnectors()[0];
        try {
            connector.open();
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new PortInUseException(port, e);
            }
            throw new IllegalStateException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        return connector.getLocalPort();
    }
}
