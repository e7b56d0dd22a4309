package org.pedigree.publish.http;

import java.util.OptionalInt;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/**
 * The one reader of whole numbers in requests. An API parameter is strict ({@link #integer}: a
 * value that is not a whole number, or out of range, is a 400 that says so); a page parameter is
 * forgiving ({@link #clamped}: a page link with a mistyped number still shows a page); a path
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
