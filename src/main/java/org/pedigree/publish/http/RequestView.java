package org.pedigree.publish.http;

import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.server.Request;

/**
 * What the answers kept in memory ({@link HttpCaching}'s ETags, {@link AnswerCache}'s pages) are
 * looked up by: the method, the path and query as sent (not decoded: what a servlet's
 * {@code getRequestURI()} and {@code getQueryString()} give; the query null when there is none),
 * and the request headers. The same from a servlet request and from a request at Jetty's core,
 * before the servlets, so both find the same answers.
 *
 * @param headerValues every value of a header by name, in order; empty when it is absent
 */
public record RequestView(String method, String path, String query, Function<String, List<String>> headerValues) {
    /** Every value of a header, in order; empty when it is absent. */
    public List<String> headers(String name) {
        return headerValues.apply(name);
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.getFirst();
    }

    public static RequestView of(HttpServletRequest request) {
        return new RequestView(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                name -> Collections.list(request.getHeaders(name)));
    }

    public static RequestView of(Request request) {
        return new RequestView(request.getMethod(), request.getHttpURI().getPath(), request.getHttpURI().getQuery(),
                request.getHeaders()::getValuesList);
    }
}
