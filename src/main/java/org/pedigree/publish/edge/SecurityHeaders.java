package org.pedigree.publish.edge;

import io.javalin.http.Context;

/** Headers every page and API answer carries: no sniffing, no framing, only our own resources. */
public final class SecurityHeaders {
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * The SPARQL editor's policy: the same, except that YASGUI's table column resizer adds two
     * fixed {@code <style>} elements (its layout rules, and a cursor while a column is dragged),
     * allowed by their SHA-256 only — no {@code unsafe-inline}. Bound to YASGUI 4.2.28 (pom.xml);
     * the browser test fails on a CSP console error if an update changes them.
     */
    public static final String CSP_EDITOR = CSP.replace("style-src 'self';",
            "style-src 'self' 'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=' 'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg=';");

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
    }
}
