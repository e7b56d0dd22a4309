package org.pedigree.lineage;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.pedigree.model.DescendantTree;

/**
 * The family summaries of one version of the lineage index (every descendant of a model counted by
 * kind): counting them walks the whole family, tens of thousands of models below a hub, and a
 * hub's page asks for its own and for each derivative it shows. Kept until the index changes
 * ({@link LineageIndex#version()}), at most {@value #KEPT} at a time.
 */
final class FamilySummaries {
    static final int KEPT = 20_000;

    private final LineageIndex index;
    private volatile Held held = new Held(-1);

    private record Held(long version, Map<String, Optional<DescendantTree>> summaries) {
        Held(long version) {
            this(version, new ConcurrentHashMap<>());
        }
    }

    FamilySummaries(LineageIndex index) {
        this.index = index;
    }

    /** The summary of {@code iri} as of the index's version now, counted by {@code count} when not held. */
    Optional<DescendantTree> summary(String iri, Supplier<Optional<DescendantTree>> count) {
        long version = index.version();
        Held h = held;
        if (h.version() != version) {
            h = new Held(version);
            held = h;
        }
        Optional<DescendantTree> summary = h.summaries().get(iri);
        if (summary == null) {
            summary = count.get(); // a refresh meanwhile moves the version: what is put here is not read again
            if (h.summaries().size() >= KEPT) {
                h.summaries().clear();
            }
            h.summaries().put(iri, summary);
        }
        return summary;
    }
}
