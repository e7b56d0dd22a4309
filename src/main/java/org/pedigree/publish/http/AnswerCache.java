package org.pedigree.publish.http;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pedigree.store.GenerationCache;
import org.pedigree.store.LineageStore;

/**
 * Rendered answers kept in memory, bounded by their size in bytes (Caffeine), for as long as the
 * store does not change: a GET of a page or document that was answered 200 once is answered again
 * from here, at the edge of the server, without routing or rendering, with the same bytes and
 * headers (marked {@code X-Cache: hit}). Kept per store generation: a write starts an empty cache,
 * so an answer of before it is never served after it.
 * <p>
 * The key is the path, the query string and the request headers an answer may vary on
 * ({@code Accept}, {@code Accept-Encoding}); an answer that varies on anything else is not kept,
 * nor a request with credentials, a range or a date condition, nor any path outside
 * {@link #PATHS} (SPARQL, the API, dumps, health checks, static files). A hit is sent by
 * {@link KeptAnswers}, at Jetty's core before the servlets; the edge filter records the others:
 *
 * <pre>{@code
 * answers.recording(request, response, r -> chain.doFilter(request, r));
 * }</pre>
 */
public final class AnswerCache {
    /** The paths whose answers are kept: pages and documents (a prefix ending in '/' or '-' covers what follows). */
    static final List<String> PATHS = List.of("/", "/models", "/datasets", "/model/", "/dataset/", "/activity/", "/agent/",
            "/dictionary", "/query", "/term/", "/kind/", "/role/", "/licence/", "/.well-known/void", "/sitemap.xml", "/sitemap-",
            "/robots.txt", "/context.jsonld", "/ontology", "/ontology.", "/record/");
    /** Request headers that make an answer personal or partial: such a request is answered as usual, not from here. */
    private static final List<String> BYPASS = List.of("Authorization", "Range", "If-Modified-Since", "If-Unmodified-Since",
            "If-Match", "If-Range");

    /** What the rest of the filter chain does with the response it is given. */
    @FunctionalInterface
    public interface Rest {
        void run(HttpServletResponse response) throws IOException, ServletException;
    }

    private record Key(String path, String query, String accept, String acceptEncoding, long derived) {
        static Key of(RequestView request, long derived) {
            return new Key(request.path(), request.query(), String.join(", ", request.headers("Accept")),
                    String.join(", ", request.headers("Accept-Encoding")), derived);
        }
    }

    private final LineageStore store;
    private final long maxBytes;
    private final ToLongFunction<String> derivedVersion;
    /** The cache of the store's current generation; null when the cache is off. */
    private final GenerationCache<Cache<Key, CachedAnswer>> caches;

    /**
     * @param maxBytes       the bound of the answers kept, in bytes; 0 turns the cache off
     * @param derivedVersion the version of what the answer at a path reads besides the store (the browse index and the
     *                       record counts, made again in the background after a write; the lineage index, brought up to
     *                       date after the write's commit): an answer is kept with the version it was rendered with and
     *                       served only while that is still the version, so a page rendered from the values of before a
     *                       write (or while they were being counted) is kept until the new values are there, not after
     */
    public AnswerCache(LineageStore store, long maxBytes, ToLongFunction<String> derivedVersion) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("the page cache's size must be 0 (off) or more, not " + maxBytes);
        }
        this.store = store;
        this.maxBytes = maxBytes;
        this.derivedVersion = derivedVersion;
        this.caches = maxBytes == 0 ? null : GenerationCache.of(store, generation -> Caffeine.newBuilder()
                .maximumWeight(maxBytes).weigher((Key k, CachedAnswer a) -> a.weight()).build());
    }

    /** The answer kept for the request, if the cache holds it: the page (marked as a hit), or 304 when the request names its ETag. */
    Optional<KeptReply> kept(RequestView request) {
        if (!cacheable(request)) {
            return Optional.empty();
        }
        CachedAnswer answer = caches.get().getIfPresent(Key.of(request, derivedVersion.applyAsLong(request.path())));
        return answer == null ? Optional.empty() : Optional.of(answer.reply(request.header("If-None-Match")));
    }

    /**
     * Runs the rest of the chain on a response that keeps a copy of what it sends, then keeps the
     * answer if it may be served again: rendered at one generation and one version of the derived
     * values from start to end.
     */
    public void recording(HttpServletRequest servletRequest, HttpServletResponse response, Rest rest) throws IOException, ServletException {
        RequestView request = RequestView.of(servletRequest);
        if (!cacheable(request)) {
            rest.run(response);
            return;
        }
        long seen = store.generation();
        long derived = derivedVersion.applyAsLong(request.path());
        Cache<Key, CachedAnswer> cache = caches.get();
        RecordingResponse recording = new RecordingResponse(response, largestAnswer());
        rest.run(recording);
        if (!servletRequest.isAsyncStarted() && store.generation() == seen && derivedVersion.applyAsLong(request.path()) == derived) {
            CachedAnswer.of(recording).ifPresent(answer -> cache.put(Key.of(request, derived), answer));
        }
    }

    /** The largest answer kept: an eighth of the bound, so one sitemap does not push out every page. */
    private int largestAnswer() {
        return (int) Math.min(Integer.MAX_VALUE - 8, maxBytes / 8);
    }

    private boolean cacheable(RequestView request) {
        if (caches == null || !"GET".equals(request.method())) {
            return false;
        }
        for (String header : BYPASS) {
            if (request.header(header) != null) {
                return false;
            }
        }
        return cacheablePath(request.path());
    }

    static boolean cacheablePath(String path) {
        for (String p : PATHS) {
            boolean prefix = p.endsWith("/") && p.length() > 1 || p.endsWith("-") || p.endsWith(".");
            if (prefix ? path.startsWith(p) && path.length() > p.length() : path.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
