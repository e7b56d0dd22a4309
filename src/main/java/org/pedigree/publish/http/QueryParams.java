package org.pedigree.publish.http;

import java.util.OptionalInt;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/**
 * The one reader of whole numbers in requests. An API parameter is strict ({@link #integer}: a
 * value that is not a whole number, or out of range, is a 400 that says so); a page parameter is
 * forgiving ({@link #clamped}: a page link with a mistyped number still shows a page), except the
 * page of a linked-data description ({@link #page}); a path
 * segment is read with {@link #wholeNumber} and the route decides what a bad one means.
 */
public final class QueryParams {
    private QueryParams() {}

    /** The parameter as a number from {@code min} to {@code max}, or {@code fallback} when absent; else a 400. */
    public static int integer(Context ctx, String parameter, int fallback, int min, int max) {
        String value = ctx.queryParam(parameter);
        if (value == null) {
            return fallback;
        }
        int n = wholeNumber(value).orElseThrow(() -> new BadRequestResponse(parameter + ": '" + value + "' is not a whole number."));
        if (n < min || n > max) {
            throw new BadRequestResponse(parameter + ": " + n + " is out of range — use " + min + " to " + max + ".");
        }
        return n;
    }

    /**
     * A page number from 1, {@code ?page=2}: 1 when absent; anything else is a 400 that says how pages are numbered
     * (strict, as a page link is followed by programs that must not get another page than they asked for).
     */
    public static int page(Context ctx, String parameter) {
        String value = ctx.queryParam(parameter);
        if (value == null) {
            return 1;
        }
        int n = wholeNumber(value).orElseThrow(() -> new BadRequestResponse(parameter + ": '" + value
                + "' is not a page number — pages are numbered 1, 2, 3 …; leave " + parameter + " out for the first."));
        if (n < 1) {
            throw new BadRequestResponse(parameter + ": " + n + " is not a page number — pages are numbered from 1; leave "
                    + parameter + " out for the first.");
        }
        return n;
    }

    /** The parameter brought into {@code min} to {@code max}; {@code fallback} when absent or not a whole number. */
    public static int clamped(Context ctx, String parameter, int fallback, int min, int max) {
        String value = ctx.queryParam(parameter);
        int n = value == null ? fallback : wholeNumber(value).orElse(fallback);
        return Math.min(max, Math.max(min, n));
    }

    /** The text as an {@code int}, if it is one. */
    public static OptionalInt wholeNumber(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
