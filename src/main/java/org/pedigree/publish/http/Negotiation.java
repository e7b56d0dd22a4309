package org.pedigree.publish.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.javalin.http.Context;

/**
 * Content negotiation from a table of offered media types: {@code ?format=} (a short name) wins
 * over {@code Accept}, q-values are honoured, ties go to the order of the offers, and a missing or
 * wildcard {@code Accept} gets the first offer. Answers carry {@code Vary: Accept}.
 */
public final class Negotiation {
    private Negotiation() {}

    /** The offer to answer with, or empty when none is acceptable (a 406). */
    public static Optional<String> choose(Context ctx, List<String> offers) {
        ctx.header("Vary", "Accept");
        String format = ctx.queryParam("format");
        if (format != null) {
            return RdfFormat.ofShortName(format).map(f -> f.mediaType).filter(offers::contains);
        }
        return choose(ctx.header("Accept"), offers);
    }

    /** The offer {@code accept} prefers, the first offer when it states no preference, or empty. */
    public static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.getFirst());
        }
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(accept, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The q-value {@code accept} gives {@code type}: the most specific matching range wins. */
    static double quality(String accept, String type) {
        double q = 0;
        int specificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.strip().split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            double rangeQ = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        rangeQ = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        rangeQ = 0;
                    }
                }
            }
            int s = matches(media, type);
            if (s > specificity) {
                specificity = s;
                q = rangeQ;
            }
        }
        return specificity < 0 ? 0 : q;
    }

    private static int matches(String range, String type) {
        if (range.equals(type)) {
            return 2;
        }
        if (range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1))) {
            return 1;
        }
        return range.equals("*/*") ? 0 : -1;
    }
}
