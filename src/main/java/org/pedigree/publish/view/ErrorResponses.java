package org.pedigree.publish.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.pedigree.model.PedigreeProblem;
import org.pedigree.publish.http.Negotiation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception table: every error becomes an HTML page for people or an RFC 9457
 * {@code application/problem+json} document for programs ({@link Problems}), negotiated from
 * {@code Accept} ({@link Negotiation}). No stack trace reaches a client.
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final String RENDERED = "pedigree.error-rendered";
    private static final String HTML = "text/html";
    /** The JSON a client may ask for that a problem document answers: Pedigree's own JSON types. */
    private static final List<String> JSON = List.of(Problems.MEDIA_TYPE, "application/json", "application/ld+json",
            "application/sparql-results+json");

    private final Pages pages;

    public ErrorResponses(Pages pages) {
        this.pages = pages;
    }

    /** A handler refused the request on purpose (404 for an unknown model …). */
    public void refused(HttpResponseException e, Context ctx) {
        render(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage());
    }

    /**
     * A problem the user can fix (unreadable input, a conflicting write, a full disk …): the status
     * its kind names. A server-side one (5xx) is logged too, with the full message, which the
     * client may not see.
     */
    public void problem(PedigreeProblem e, Context ctx) {
        HttpStatus status = HttpStatus.forStatus(e.kind().httpStatus());
        if (e.retryAfterSeconds().isPresent()) {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds().getAsInt())); // passes by itself: not an error to log
        } else if (status.getCode() >= 500) {
            LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        }
        render(ctx, status, e.publicDetail());
    }

    /** Something broke: log it with its trace, tell the client only that it happened. */
    public void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        render(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "The server failed to answer this request; the error is logged.");
    }

    /** No route matched. */
    public void noRoute(Context ctx) {
        if (ctx.attribute(RENDERED) == null) {
            render(ctx, HttpStatus.NOT_FOUND, "Nothing is published at " + ctx.path() + ".");
        }
    }

    private void render(Context ctx, HttpStatus status, String detail) {
        render(ctx, status, detail, Map.of());
    }

    /** Renders a problem; {@code extras} are further members of the problem document. */
    public void render(Context ctx, HttpStatus status, String detail, Map<String, Object> extras) {
        ctx.attribute(RENDERED, true);
        if (asDocument(ctx, !extras.isEmpty())) {
            Problems.write(ctx, status, detail, extras);
        } else {
            ctx.status(status);
            ctx.html(pages.render("error", Map.of("status", status.getCode(), "title", status.getMessage(), "detail", detail)));
        }
    }

    /**
     * A problem document or a page, as {@code Accept} prefers; when it prefers neither (no
     * {@code Accept}, a wildcard, only other types), a document for programs (the {@code /api/}
     * paths, and a problem with members of its own, a refused write) and a page for people.
     */
    private static boolean asDocument(Context ctx, boolean withMembers) {
        boolean forPrograms = withMembers || ctx.path().startsWith("/api/");
        List<String> offers = new ArrayList<>();
        if (!forPrograms) {
            offers.add(HTML);
        }
        offers.addAll(JSON);
        if (forPrograms) {
            offers.add(HTML);
        }
        return !Negotiation.choose(ctx.header("Accept"), offers).orElse(offers.getFirst()).equals(HTML);
    }
}
