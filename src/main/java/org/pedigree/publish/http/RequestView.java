package org.pedigree.publish.http;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.server.Request;

/**
 * What the answers kept in memory ({@link HttpCaching}'s ETags, {@link AnswerCache}'s pages) are
 * looked up by: the method, the path and query as sent (not decoded), and the request headers. The
 * same from a servlet request and from a request at Jetty's core, before the servlets, so both
 * find the same answers.
 */
public interface RequestView {
    String method();

    /** The path as sent, not decoded (what a servlet's {@code getRequestURI()} gives). */
    String path();

    /** The query string as sent, or null. */
    String query();

    /** Every value of a header, in order; empty when it is absent. */
    List<String> headers(String name);

    /** The first value of a header, or null. */
    default String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.getFirst();
    }

    static RequestView of(HttpServletRequest request) {
        return new RequestView() {
            @Override
            public String method() {
                return request.getMethod();
            }

            @Override
            public String path() {
                return request.getRequestURI();
            }

            @Override
            public String query() {
                return request.getQueryString();
            }

            @Override
            public List<String> headers(String name) {
                return Collections.list(request.getHeaders(name));
            }
        };
    }

    static RequestView of(Request request) {
        return new RequestView() {
            @Override
            public String method() {
                return request.getMethod();
            }

            @Override
            public String path() {
                return request.getHttpURI().getPath();
            }

            @Override
            public String query() {
                return request.getHttpURI().getQuery();
            }

            @Override
            public List<String> headers(String name) {
                return request.getHeaders().getValuesList(name);
            }
        };
    }
}
