package org.pedigree.publish.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.pedigree.publish.http.KeptReply.Header;

/**
 * One answer of status 200 as it went out: its headers (those that belong to the representation:
 * media type, ETag, Vary, Link, Content-Location, Cache-Control, Last-Modified, the security
 * headers …) and its body bytes. Made by {@link #of} only when the answer may be served again to
 * another client with the same request; {@link #reply} gives what to send.
 */
record CachedAnswer(List<Header> headers, byte[] body, String etag) {
    /** Headers of the connection or of the moment, which a hit sets itself (or the edge did before the look-up, as CORS). */
    private static final Set<String> NOT_KEPT = Set.of("content-length", "date", "server", "connection", "keep-alive",
            "transfer-encoding", "x-cache");
    /** The request headers an answer may vary on and still be kept: the cache's key holds them. */
    private static final Set<String> KEYED = Set.of("accept", "accept-encoding");
    /** The header a hit carries, so that a client (and a test) can tell it was not rendered again. */
    static final String HIT_HEADER = "X-Cache";
    private static final Header HIT = new Header(HIT_HEADER, "hit");

    /**
     * The answer {@code response} recorded, if it may be kept: status 200, the whole body, a media
     * type, no cookie, not marked {@code no-store}, {@code no-cache} or {@code private}, and varying
     * on nothing but what the key holds.
     */
    static Optional<CachedAnswer> of(RecordingResponse response) {
        byte[] body = response.body();
        if (response.getStatus() != 200 || body == null || response.getContentType() == null
                || response.getHeader("Set-Cookie") != null || !keepable(response.getHeader("Cache-Control"))
                || !keyedOnly(response.getHeaders("Vary"))) {
            return Optional.empty();
        }
        List<Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_KEPT.contains(lower) || lower.startsWith("access-control-")) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(new Header(name, value));
            }
        }
        return Optional.of(new CachedAnswer(List.copyOf(headers), body, response.getHeader("ETag")));
    }

    /** The answer to send: 304 when {@code ifNoneMatch} names its ETag, as the handler's path would, else 200 with the body. */
    KeptReply reply(String ifNoneMatch) {
        List<Header> sent = new ArrayList<>(headers.size() + 1);
        sent.addAll(headers);
        sent.add(HIT);
        return etag != null && HttpCaching.matches(ifNoneMatch, etag) ? KeptReply.notModified(sent) : new KeptReply(200, sent, body);
    }

    /** Roughly the bytes this answer holds in memory, for the cache's bound. */
    int weight() {
        int weight = body.length + 128;
        for (Header h : headers) {
            weight += 2 * (h.name().length() + h.value().length()) + 32;
        }
        return weight;
    }

    private static boolean keepable(String cacheControl) {
        if (cacheControl == null) {
            return true;
        }
        String c = cacheControl.toLowerCase(Locale.ROOT);
        return !c.contains("no-store") && !c.contains("no-cache") && !c.contains("private");
    }

    private static boolean keyedOnly(Iterable<String> vary) {
        for (String value : vary) {
            for (String token : value.split(",")) {
                if (!KEYED.contains(token.strip().toLowerCase(Locale.ROOT))) {
                    return false; // "*" too: not kept
                }
            }
        }
        return true;
    }
}
