package org.pedigree.publish.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/**
 * {@code GET /static/{file}}: the stylesheet and images bundled under {@code /static/} on the
 * classpath (Javalin's Jetty static handler is not available inside Fuseki). Nothing is loaded
 * from a CDN.
 */
public final class StaticAssets {
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.(css|svg|png|js|ico)");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "js", "text/javascript; charset=utf-8", "ico", "image/x-icon");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public void handle(Context ctx) {
        String file = ctx.pathParam("file");
        if (!SAFE_NAME.matcher(file).matches()) {
            throw new NotFoundResponse("No such file.");
        }
        byte[] bytes = cache.computeIfAbsent(file, StaticAssets::load);
        if (bytes.length == 0) {
            throw new NotFoundResponse("No such file.");
        }
        ctx.contentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)))
           .header("Cache-Control", "public, max-age=3600")
           .result(bytes);
    }

    /** {@code GET /favicon.ico}, which browsers ask for by themselves (a standalone SVG has no icon link): the icon. */
    public void favicon(Context ctx) {
        ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY);
    }

    private static byte[] load(String file) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/static/" + file)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
