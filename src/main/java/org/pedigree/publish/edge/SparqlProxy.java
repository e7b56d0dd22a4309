package org.pedigree.publish.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The public {@code /sparql} query endpoint when the store is remote: each query is parsed here
 * (a syntax error is a 400 with the parser's message), held to the same rules as the embedded
 * endpoint — no {@code SERVICE} outside the allow-list, no {@code FROM}/{@code FROM NAMED}, the
 * query timeout — and then sent to the store's SPARQL service, whose answer is passed back as it
 * comes (status, media type, body).
 */
public final class SparqlProxy {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI service;
    private final Duration timeout;
    private final Set<String> serviceAllowList;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public SparqlProxy(String service, Duration timeout, Set<String> serviceAllowList) {
        this.service = URI.create(service);
        this.timeout = timeout;
        this.serviceAllowList = serviceAllowList;
    }

    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = queryText(request);
        if (text == null || text.isBlank()) {
            problem(response, 400, "Send a SPARQL query: ?query=… on GET, a form field query=…, or a body with Content-Type: application/sparql-query.");
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            problem(response, 400, e.getMessage());
            return;
        }
        if (!query.getGraphURIs().isEmpty() || !query.getNamedGraphURIs().isEmpty()) {
            problem(response, 400, "FROM and FROM NAMED are not taken here: the default graph is the union of every record; use GRAPH <IRI> { … }.");
            return;
        }
        String refused = refusedService(query);
        if (refused != null) {
            problem(response, 400, "SERVICE " + refused + " is not on this server's allow-list.");
            return;
        }
        String accept = request.getHeader("Accept");
        HttpRequest.Builder forward = HttpRequest.newBuilder(service).timeout(timeout.plusSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                        + "&timeout=" + timeout.toMillis()));
        if (accept != null && !accept.isBlank()) {
            forward.header("Accept", accept);
        }
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            problem(response, 503, "The query ran past the timeout of " + timeout.toSeconds() + " s and was stopped.");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem(response, 503, "The server is stopping.");
            return;
        } catch (IOException e) {
            problem(response, 502, "The store's SPARQL service does not answer; try again later.");
            return;
        }
        response.setStatus(answer.statusCode());
        answer.headers().firstValue("Content-Type").ifPresent(response::setContentType);
        try (InputStream in = answer.body(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static String queryText(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if ("POST".equals(request.getMethod()) && type.startsWith("application/sparql-query")) {
            return new String(request.getInputStream().readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
        return request.getParameter("query");
    }

    private String refusedService(Query query) {
        String[] refused = {null};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                String iri = el.getServiceNode().isURI() ? el.getServiceNode().getURI() : el.getServiceNode().toString();
                if (refused[0] == null && !serviceAllowList.contains(iri)) {
                    refused[0] = iri;
                }
            }
        });
        return refused[0];
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        JSON.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "status", status, "detail", detail));
    }
}
