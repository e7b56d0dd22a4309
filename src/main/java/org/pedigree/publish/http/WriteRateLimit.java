package org.pedigree.publish.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * A token bucket per write token: {@code perMinute} writes, refilled evenly over the minute.
 * Beyond it a write is refused with 429 and a {@code Retry-After} saying when the next one fits.
 */
public final class WriteRateLimit {
    private final int perMinute;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    public WriteRateLimit(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("the write rate limit must be at least 1 a minute, not " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Takes one write from the bucket of {@code tokenName}, or answers 429. */
    void take(String tokenName, Context ctx) {
        long now = System.nanoTime();
        double[] bucket = buckets.computeIfAbsent(tokenName, n -> new double[] {perMinute, now});
        synchronized (bucket) {
            double refill = (now - bucket[1]) / 60e9 * perMinute;
            bucket[0] = Math.min(perMinute, bucket[0] + refill);
            bucket[1] = now;
            if (bucket[0] < 1) {
                long wait = (long) Math.ceil((1 - bucket[0]) * 60.0 / perMinute);
                ctx.header("Retry-After", String.valueOf(Math.max(1, wait)));
                throw new HttpResponseException(429, "The token '" + tokenName + "' has used its " + perMinute
                        + " writes a minute: try again in " + Math.max(1, wait) + " s, or send several records in one request.");
            }
            bucket[0] -= 1;
        }
    }
}
