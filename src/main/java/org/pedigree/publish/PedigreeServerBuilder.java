package org.pedigree.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;

import io.javalin.Javalin;
import io.javalin.http.servlet.JavalinServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.pedigree.Pedigree;
import org.pedigree.model.InstanceIris;
import org.pedigree.publish.edge.AccessLog;
import org.pedigree.publish.edge.EdgeFilter;
import org.pedigree.publish.edge.SparqlEndpoint;
import org.pedigree.publish.edge.SparqlProxy;
import org.pedigree.publish.http.AnswerCache;
import org.pedigree.publish.http.HttpCaching;
import org.pedigree.publish.http.KeptAnswers;
import org.pedigree.publish.http.Site;
import org.pedigree.store.LineageStore;
import org.pedigree.store.TokenStore;

/**
 * Builds a {@link PedigreeServer} over a {@link Pedigree}, or over a store (the application is then
 * made once the port is bound, since its base URI may be {@code http://localhost:PORT/} with the
 * port actually bound).
 *
 * <pre>{@code
 * PedigreeServer server = PedigreeServer.create().store(store).tokens(tokens)
 *         .settings(ServerSettings.defaults().withPort(0)).build();
 * server.pedigree().prepare(true);
 * server.start();
 * }</pre>
 * A setting out of range fails as it is given ({@link ServerSettings} checks itself); {@link #build()}
 * checks the rest before it binds the port, so a port in use fails there with
 * {@link PortInUseException}, and when a later step fails it closes the socket again.
 */
public final class PedigreeServerBuilder {
    private Pedigree pedigree;
    private LineageStore store;
    private String baseUri;
    private Clock clock;
    private TokenStore tokens;
    private ServerSettings settings = ServerSettings.defaults();

    PedigreeServerBuilder() {}

    /** The application to serve; the server's base URI is that of its IRIs. */
    public PedigreeServerBuilder pedigree(Pedigree pedigree) {
        this.pedigree = pedigree;
        return this;
    }

    /** Instead of {@link #pedigree(Pedigree)}: serve the application over {@code store}, made once the port is bound. */
    public PedigreeServerBuilder store(LineageStore store) {
        this.store = store;
        return this;
    }

    /** With {@link #store(LineageStore)}: the base URI of instance IRIs; null means {@code http://localhost:PORT/}. */
    public PedigreeServerBuilder baseUri(String baseUri) {
        this.baseUri = baseUri;
        return this;
    }

    /** With {@link #store(LineageStore)}: the clock that dates record versions (default: the system's, in UTC). */
    public PedigreeServerBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** The write tokens; without them every write is refused (401). */
    public PedigreeServerBuilder tokens(TokenStore tokens) {
        this.tokens = tokens;
        return this;
    }

    /** Every setting at once (default {@link ServerSettings#defaults()}); the setters below change one of them. */
    public PedigreeServerBuilder settings(ServerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /** The TCP port; 0 picks a free one. */
    public PedigreeServerBuilder port(int port) {
        return settings(settings.withPort(port));
    }

    /** The largest request body accepted (413 beyond). */
    public PedigreeServerBuilder maxUploadBytes(long maxUploadBytes) {
        return settings(settings.withUploadLimit(maxUploadBytes));
    }

    /** How long a SPARQL query may run before it is stopped (default 30 s). */
    public PedigreeServerBuilder queryTimeout(Duration queryTimeout) {
        return settings(settings.withQueryTimeout(queryTimeout));
    }

    /** How many SPARQL queries may run at once; more get 503 with Retry-After (default 8). */
    public PedigreeServerBuilder maxConcurrentQueries(int maxConcurrentQueries) {
        return settings(settings.withMaxQueries(maxConcurrentQueries));
    }

    /** How many writes a token may make a minute; more get 429 with Retry-After (default 120). */
    public PedigreeServerBuilder writesPerMinute(int writesPerMinute) {
        return settings(settings.withWritesPerMinute(writesPerMinute));
    }

    /** The only endpoints SPARQL SERVICE may call (default none: SERVICE is off). */
    public PedigreeServerBuilder serviceAllowList(Set<String> endpoints) {
        return settings(settings.withServiceAllowList(endpoints));
    }

    /** Where the published dumps are written (default: a new temporary directory). */
    public PedigreeServerBuilder dumpDirectory(Path dumpDirectory) {
        return settings(settings.withDumpDirectory(dumpDirectory));
    }

    /** How long a stop waits for requests in flight. */
    public PedigreeServerBuilder stopTimeout(Duration stopTimeout) {
        return settings(settings.withStopTimeout(stopTimeout));
    }

    /** The bound of the rendered answers kept in memory, in bytes; 0 keeps none (default 64 MiB). */
    public PedigreeServerBuilder pageCache(long bytes) {
        return settings(settings.withPageCache(bytes));
    }

    public PedigreeServer build() {
        validate();
        LineageStore served = pedigree != null ? pedigree.store() : store;
        FusekiServer.Builder fusekiBuilder = FusekiServer.create().port(settings.port()).verbose(false);
        if (served.sparqlService().isEmpty()) {
            SparqlEndpoint.register(fusekiBuilder, served.localStorage().orElseThrow().datasetGraph(), settings.queryTimeout(), settings.serviceAllowList());
        }
        FusekiServer fuseki = fusekiBuilder.build();
        Server jetty = fuseki.getJettyServer();
        JettySetup.pooledBuffers(jetty);
        ServerConnector connector = JettySetup.bind(jetty, settings.port());
        Path createdDumps = null;
        try {
            Pedigree app = pedigree != null ? pedigree : Pedigree.over(store,
                    new InstanceIris(baseUri != null ? baseUri : "http://localhost:" + connector.getLocalPort() + "/"),
                    clock != null ? clock : Clock.systemUTC());
            Site site = new Site(app.iris().base());
            Path dumps = settings.dumpDirectory();
            if (dumps == null) {
                dumps = createdDumps = temporaryDumps();
            }
            ToLongFunction<String> derived = path -> Routes.derivedVersion(app, path);
            HttpCaching caching = new HttpCaching(served, derived);
            AnswerCache answers = new AnswerCache(served, settings.pageCache(), derived);
            Javalin pages = Routes.create(app, site, caching, tokens, settings.withDumpDirectory(dumps));
            JavalinServlet servlet = new JavalinServlet(pages.unsafe);
            ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
            context.addServlet(new ServletHolder(servlet), "/*");
            SparqlProxy proxy = served.sparqlService()
                    .map(service -> new SparqlProxy(service, settings.queryTimeout(), settings.serviceAllowList())).orElse(null);
            KeptAnswers kept = new KeptAnswers(jetty.getHandler(), caching, answers);
            JettySetup.putFirst(context.getServletHandler(), new EdgeFilter(settings.maxQueries(), served, site, proxy, kept, answers,
                    servlet));

            jetty.setRequestLog(AccessLog.create());
            GracefulHandler graceful = new GracefulHandler(kept);
            jetty.setHandler(graceful);
            jetty.setStopTimeout(settings.stopTimeout().toMillis());
            return new PedigreeServer(fuseki, site, app);
        } catch (RuntimeException | Error e) {
            connector.close();
            deleteQuietly(createdDumps);
            throw e;
        }
    }

    /** Every argument, before anything is opened ({@link ServerSettings} checked its own when it was made). */
    private void validate() {
        if (pedigree == null && store == null) {
            throw new NullPointerException("a PedigreeServer needs a store");
        }
        if (pedigree != null && (store != null || baseUri != null || clock != null)) {
            throw new IllegalArgumentException("a Pedigree brings its own store, base URI and clock: give either pedigree(...) or "
                    + "store(...) with baseUri(...) and clock(...)");
        }
        if (baseUri != null) {
            new InstanceIris(baseUri); // refuses a base URI that is not an absolute http(s) URI
        }
    }

    private static Path temporaryDumps() {
        try {
            return Files.createTempDirectory("pedigree-dumps");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a directory for the dumps: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path emptyDirectory) {
        if (emptyDirectory == null) {
            return;
        }
        try {
            Files.deleteIfExists(emptyDirectory);
        } catch (IOException e) {
            // a temporary directory left behind; the failure being reported matters more
        }
    }
}
