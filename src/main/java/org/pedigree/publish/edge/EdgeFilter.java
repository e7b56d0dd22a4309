package org.pedigree.publish.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import io.javalin.http.HttpStatus;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pedigree.publish.api.SparqlWrites;
import org.pedigree.publish.http.AnswerCache;
import org.pedigree.publish.http.KeptAnswers;
import org.pedigree.publish.http.KeptReply;
import org.pedigree.publish.http.Negotiation;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.RequestView;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.Pages;
import org.pedigree.publish.view.Problems;
import org.pedigree.store.LineageStore;
import org.pedigree.store.LocalStorage;

/**
 * The first filter of every request, before Fuseki and Javalin: CORS for everyone (reads, SPARQL,
 * and bearer-token writes; preflights answered here), the service description for a bare
 * {@code GET /sparql}, which Fuseki would otherwise answer with a 404, the cap on SPARQL
 * requests running at once (beyond it, 503 with {@code Retry-After}), and the turn that sends SPARQL
 * Update and Graph Store Protocol requests to {@link SparqlWrites} (through the Javalin servlet)
 * instead of to Fuseki, which is registered for queries only. The 304s and pages kept in memory are
 * sent before the servlets ({@link KeptAnswers}; a HEAD's here); other pages and documents are
 * recorded into the {@link AnswerCache}.
 */
public final class EdgeFilter implements Filter {
    /**
     * The response buffer of SPARQL query answers (what Fuseki configures for all): the server's
     * own is Jetty's usual size, pooled, since a buffer of megabytes allocated and zeroed for every
     * answer cost a page about a millisecond.
     */
    static final int SPARQL_BUFFER_BYTES = 5 * 1024 * 1024;

    /** Seconds a client is asked to wait when every query slot is taken. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore querySlots;
    private final Pages pages;
    private final LineageStore store;
    private final Site site;
    private final SparqlProxy proxy;
    private final KeptAnswers kept;
    private final AnswerCache answers;
    private final Servlet writes;

    /**
     * @param proxy   with a remote store, what sends queries to the store's SPARQL service instead of Fuseki; else null
     * @param kept    the 304s and pages answered from memory: a GET's are sent before the servlets, a HEAD's here
     * @param answers the rendered answers kept, where the other pages and documents are recorded
     * @param writes  where SPARQL Update and Graph Store requests go instead of Fuseki: the Javalin servlet
     */
    public EdgeFilter(int maxConcurrentQueries, LineageStore store, Site site, SparqlProxy proxy, KeptAnswers kept,
               AnswerCache answers, Servlet writes) {
        this.querySlots = new Semaphore(maxConcurrentQueries);
        this.store = store;
        this.site = site;
        this.pages = new Pages(site);
        this.proxy = proxy;
        this.kept = kept;
        this.answers = answers;
        this.writes = writes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if ("HEAD".equals(((HttpServletRequest) req).getMethod())) {
            // Answered as GET without the body, for every route and representation.
            HttpServletResponse bodiless = HeadRequests.withoutBody((HttpServletResponse) res);
            filter(HeadRequests.asGet((HttpServletRequest) req), bodiless, chain, false);
            bodiless.flushBuffer();
            return;
        }
        filter((HttpServletRequest) req, (HttpServletResponse) res, chain, true);
    }

    /** @param recordable whether the answer may be kept (not for HEAD, whose body is not written) */
    private void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean recordable)
            throws IOException, ServletException {
        for (KeptReply.Header h : KeptReply.EDGE_HEADERS) {
            response.setHeader(h.name(), h.value());
        }
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(204);
            return;
        }
        Optional<KeptReply> kept = recordable ? Optional.empty() : this.kept.find(RequestView.of(request)); // a GET's was looked for before the servlets
        if (kept.isPresent()) {
            kept.get().writeTo(response);
            return;
        }
        if (SparqlEndpoint.PATH.equals(request.getRequestURI())) {
            if ("GET".equals(request.getMethod()) && request.getQueryString() == null) {
                describeService(request, response);
                return;
            }
            if (!querySlots.tryAcquire()) {
                response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "Too many queries are running: try again in " + RETRY_AFTER_SECONDS
                        + " seconds, or download the dumps for bulk work.", request.getRequestURI());
                return;
            }
            Optional<LocalStorage> local = store.localStorage();
            Object storage = local.map(LocalStorage::storageMark).orElse(null);
            try {
                if (SparqlWrites.handles(request.getMethod(), request.getContentType(), request::getParameter)) {
                    writes.service(request, response);
                } else if (proxy != null) {
                    proxy.answer(request, response);
                } else {
                    // Fuseki's own buffer: a query that fails within its first 5 MB of results still answers with an error status.
                    response.setBufferSize(SPARQL_BUFFER_BYTES);
                    chain.doFilter(request, response);
                }
            } finally {
                // a query that ran across a compaction's switch must not keep the old storage open
                local.ifPresent(l -> l.releaseStranded(storage));
                querySlots.release();
            }
            return;
        }
        if (recordable) {
            answers.recording(request, response, recording -> chain.doFilter(request, recording));
        } else {
            chain.doFilter(request, response);
        }
    }

    private void describeService(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Turtle unless the client prefers another representation (a browser gets the query form).
        List<String> offers = RdfFormat.mediaTypes(List.of(RdfFormat.TURTLE, RdfFormat.HTML, RdfFormat.JSONLD, RdfFormat.RDFXML,
                RdfFormat.NTRIPLES));
        RdfFormat format = Negotiation.choose(request.getHeader("Accept"), offers).map(RdfFormat::ofMediaType).orElse(RdfFormat.TURTLE);
        response.setHeader("Vary", "Accept");
        response.setStatus(200);
        response.setContentType(format.contentType());
        String body = format == RdfFormat.HTML ? pages.render("sparql", Map.of()) : format.write(ServiceDescription.of(site));
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void init(FilterConfig filterConfig) {
        // nothing to configure
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
