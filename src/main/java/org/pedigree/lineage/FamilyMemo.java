package org.pedigree.lineage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers about whole families kept for one version of the lineage index ({@link LineageIndex#version()},
 * which no other index shares): counting the descendants of a hub walks tens of thousands of
 * models and sorting its derivatives thousands, and a hub's page asks for them on every visit. Kept
 * until the version moves, at most {@code kept} at a time (all are forgotten when that many are
 * held). Thread-safe; two callers may both compute an answer not held yet, with the same result.
 *
 * @param <V> the answer
 */
public final class FamilyMemo<V> {
    private final LongSupplier version;
    private final int kept;
    private volatile Held<V> held = new Held<>(Long.MIN_VALUE);

    private record Held<V>(long version, Map<String, V> answers) {
        Held(long version) {
            this(version, new ConcurrentHashMap<>());
        }
    }

    /** @param version the version of the index the answers are computed from, read before each answer */
    public FamilyMemo(LongSupplier version, int kept) {
        this.version = version;
        this.kept = kept;
    }

    /** The answer for {@code key} as of the index's version now, computed by {@code compute} when not held. */
    public V get(String key, Supplier<V> compute) {
        long now = version.getAsLong();
        Held<V> h = held;
        if (h.version() != now) {
            h = new Held<>(now);
            held = h;
        }
        V answer = h.answers().get(key);
        if (answer == null) {
            answer = compute.get(); // a refresh meanwhile moves the version: what is put here is not read again
            if (h.answers().size() >= kept) {
                h.answers().clear();
            }
            h.answers().put(key, answer);
        }
        return answer;
    }
}
