package org.pedigree.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

/**
 * Strong ETags for every successful GET of a page or document, from the SHA-256 of the body —
 * so they survive a restart and change exactly when the representation does — and 304 Not
 * Modified when {@code If-None-Match} names the current one, or (without it) when the
 * {@code Last-Modified} a handler set is not after {@code If-Modified-Since}. Answers marked {@code no-store} and
 * the write API are left alone, and so are answers that set their own ETag (the dumps, streamed).
 */
final class HttpCaching {
    private HttpCaching() {}

    static void apply(Context ctx) {
        if (ctx.method() != HandlerType.GET || ctx.status() != HttpStatus.OK || ctx.path().startsWith("/api/")
                || ctx.res().getHeader("ETag") != null
                || String.valueOf(ctx.res().getHeader("Cache-Control")).contains("no-store")) {
            return;
        }
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return;
        }
        byte[] body;
        try (result) {
            body = result.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String etag = "\"" + sha256(body) + "\"";
        ctx.header("ETag", etag);
        if (ctx.res().getHeader("Cache-Control") == null) {
            ctx.header("Cache-Control", "public, max-age=60");
        }
        if (matches(ctx.header("If-None-Match"), etag) || ctx.header("If-None-Match") == null && notModifiedSince(ctx)) {
            ctx.status(HttpStatus.NOT_MODIFIED).result(new byte[0]);
        } else {
            ctx.result(body);
        }
    }

    /** True when the answer's Last-Modified is not after the request's If-Modified-Since. */
    private static boolean notModifiedSince(Context ctx) {
        String since = ctx.header("If-Modified-Since");
        String lastModified = ctx.res().getHeader("Last-Modified");
        if (since == null || lastModified == null) {
            return false;
        }
        try {
            var format = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
            return !java.time.ZonedDateTime.parse(lastModified, format).toInstant()
                    .isAfter(java.time.ZonedDateTime.parse(since, format).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
