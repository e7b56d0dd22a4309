package org.pedigree.publish;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception table: every error becomes an HTML page for people or an RFC 9457
 * {@code application/problem+json} document for programs. No stack trace reaches a client.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final String RENDERED = "pedigree.error-rendered";

    private final Pages pages;

    ErrorResponses(Pages pages) {
        this.pages = pages;
    }

    /** A handler refused the request on purpose (404 for an unknown model …). */
    void refused(HttpResponseException e, Context ctx) {
        render(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage());
    }

    /** Something broke: log it with its trace, tell the client only that it happened. */
    void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        render(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "The server failed to answer this request; the error is logged.");
    }

    /** No route matched. */
    void noRoute(Context ctx) {
        if (ctx.attribute(RENDERED) == null) {
            render(ctx, HttpStatus.NOT_FOUND, "Nothing is published at " + ctx.path() + ".");
        }
    }

    private void render(Context ctx, HttpStatus status, String detail) {
        ctx.attribute(RENDERED, true);
        ctx.status(status);
        if (wantsJson(ctx)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", status.getMessage());
            problem.put("status", status.getCode());
            problem.put("detail", detail);
            problem.put("instance", ctx.path());
            ctx.json(problem).contentType("application/problem+json");
        } else {
            ctx.html(pages.render("error", Map.of("status", status.getCode(), "title", status.getMessage(), "detail", detail)));
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
