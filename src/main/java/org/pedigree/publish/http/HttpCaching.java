package org.pedigree.publish.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import org.pedigree.model.Sha256;
import org.pedigree.store.GenerationCache;
import org.pedigree.store.LineageStore;

/**
 * Strong ETags for every successful GET of a page or document, from the SHA-256 of the body —
 * so they survive a restart and change exactly when the representation does — and 304 Not
 * Modified when {@code If-None-Match} names the current one, or (without it) when the
 * {@code Last-Modified} a handler set is not after {@code If-Modified-Since}. Answers marked {@code no-store} and
 * the write API are left alone, and so are answers that set their own ETag (the dumps, streamed).
 * <p>
 * A conditional GET is answered without rendering when it can be: the ETag each (path, query,
 * {@code Accept}) was last given is remembered, with the {@code Vary} and {@code Content-Location}
 * of that answer, for as long as the store does not change (its generation), so
 * a matching {@code If-None-Match} is answered 304 at the edge of the server, before any routing
 * ({@link KeptAnswers}). The ETag itself stays the hash of the body.
 */
public final class HttpCaching {
    /** Entries remembered before the memory is cleared (it is cleared anyway on every write). */
    private static final int REMEMBERED = 20_000;
    private static final String GENERATION = "pedigree.generation";
    private static final String DERIVED = "pedigree.derived";

    /** What a 304 repeats of the 200 it stands for (RFC 9110, section 15.4.5), made once. */
    private record Validators(String etag, KeptReply notModified) {
        Validators(String etag, String vary, String contentLocation) {
            this(etag, KeptReply.notModified(headers(etag, vary, contentLocation)));
        }

        private static List<KeptReply.Header> headers(String etag, String vary, String contentLocation) {
            List<KeptReply.Header> headers = new ArrayList<>(List.of(new KeptReply.Header("ETag", etag),
                    new KeptReply.Header("Cache-Control", "public, max-age=60")));
            if (vary != null) {
                headers.add(new KeptReply.Header("Vary", vary));
            }
            if (contentLocation != null) {
                headers.add(new KeptReply.Header("Content-Location", contentLocation));
            }
            return List.copyOf(headers);
        }
    }

    private final LineageStore store;
    private final ToLongFunction<String> derivedVersion;
    /** The ETags remembered at the store's current generation, forgotten when it moves. */
    private final GenerationCache<Map<String, Validators>> remembered;

    /**
     * @param derivedVersion the version of what the answer at a path reads besides the store, as {@link AnswerCache} has it:
     *                       an ETag is remembered with the version its answer was rendered with and answered 304 only while
     *                       that is still the version (a home page rendered while the counts were made is not Not Modified
     *                       once they are there)
     */
    public HttpCaching(LineageStore store, ToLongFunction<String> derivedVersion) {
        this.store = store;
        this.derivedVersion = derivedVersion;
        this.remembered = GenerationCache.of(store, generation -> new ConcurrentHashMap<>());
    }

    /**
     * At the edge, before routing: the 304 to send when the request is a GET whose
     * {@code If-None-Match} names the ETag remembered for it at the store's current generation.
     */
    Optional<KeptReply> notModified(RequestView request) {
        String ifNoneMatch = request.header("If-None-Match");
        if (ifNoneMatch == null || !"GET".equals(request.method())) {
            return Optional.empty();
        }
        Validators known = remembered.get().get(key(request.path(), request.query(), request.header("Accept"),
                derivedVersion.applyAsLong(request.path())));
        if (known == null || !matches(ifNoneMatch, known.etag())) {
            return Optional.empty();
        }
        return Optional.of(known.notModified());
    }

    /** Before the handler: notes the store generation and derived version the answer is rendered at (an ETag is remembered only under them). */
    public void rendering(Context ctx) {
        if (ctx.method() == HandlerType.GET) {
            ctx.attribute(GENERATION, store.generation());
            ctx.attribute(DERIVED, derivedVersion.applyAsLong(ctx.path()));
        }
    }

    /** After the handler: the ETag of the body, remembered, and 304 when the request names it. */
    public void apply(Context ctx) {
        if (ctx.status() == HttpStatus.NOT_MODIFIED) {
            return;
        }
        Long rendered = ctx.attribute(GENERATION);
        Long derived = ctx.attribute(DERIVED);
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
        if (rendered != null && derived != null) {
            remember(ctx, etag, rendered, derived);
        }
        if (ctx.res().getHeader("Cache-Control") == null) {
            ctx.header("Cache-Control", "public, max-age=60");
        }
        if (matches(ctx.header("If-None-Match"), etag) || ctx.header("If-None-Match") == null && notModifiedSince(ctx)) {
            ctx.status(HttpStatus.NOT_MODIFIED).result(new byte[0]);
        } else {
            ctx.result(body);
        }
    }

    private void remember(Context ctx, String etag, long seen, long derived) {
        Map<String, Validators> memory = remembered.get();
        if (memory.size() >= REMEMBERED) {
            memory.clear();
        }
        // only an answer rendered at the generation the memory is of (read after it: generations do not come back),
        // and from one version of what it reads besides the store
        if (store.generation() == seen && derivedVersion.applyAsLong(ctx.path()) == derived) {
            memory.put(key(ctx.path(), ctx.queryString(), ctx.header("Accept"), derived),
                    new Validators(etag, ctx.res().getHeader("Vary"), ctx.res().getHeader("Content-Location")));
        }
    }

    private static String key(String path, String query, String accept, long derived) {
        return path + "?" + query + " " + accept + " " + derived;
    }

    /** True when the answer's Last-Modified is not after the request's If-Modified-Since. */
    private static boolean notModifiedSince(Context ctx) {
        String since = ctx.header("If-Modified-Since");
        String lastModified = ctx.res().getHeader("Last-Modified");
        if (since == null || lastModified == null) {
            return false;
        }
        try {
            var format = DateTimeFormatter.RFC_1123_DATE_TIME;
            return !ZonedDateTime.parse(lastModified, format).toInstant()
                    .isAfter(ZonedDateTime.parse(since, format).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether {@code If-None-Match} names {@code etag} (or any, {@code *}). */
    static boolean matches(String ifNoneMatch, String etag) {
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
        return Sha256.hex(body, 16);
    }
}
