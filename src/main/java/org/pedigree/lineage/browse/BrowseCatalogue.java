package org.pedigree.lineage.browse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.pedigree.lineage.LineageIndex;
import org.pedigree.lineage.LineageService;
import org.pedigree.lineage.LineageWarmingUp;
import org.pedigree.store.LineageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browse indexes of the models and of the datasets, made from the lineage index (the values
 * the analytics compute, as {@code meta/lineage} publishes them) and following its writes: the
 * rows ({@link BrowseRows}) are kept, a write makes again only the rows of what it can have
 * changed ({@link LineageService.Follower}: the things it described and everything downstream),
 * and new immutable indexes are made of the rows in the background. An index made anew (after a
 * write this publisher was not told of, as another publisher's on a remote store) makes every row
 * again. Labels of licences come from Pedigree's licence knowledge.
 */
public final class BrowseCatalogue {
    private static final Logger LOG = LoggerFactory.getLogger(BrowseCatalogue.class);

    /**
     * The two indexes and the labels of the IRIs they name, as of one version of the lists: a
     * number that moves each time what the lists show may have changed.
     */
    public record Snapshot(long version, BrowseIndex models, BrowseIndex datasets, Map<String, String> labels) {}

    /** How long a request waits for an update before it is answered from the previous indexes. */
    static final Duration WAIT = Duration.ofSeconds(2);

    private final LineageStore store;
    private final LineageService lineage;
    /** What the followed writes can have changed since the update under way (or the last) took its list. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** How many writes were noted, and how many of them the lists held show: they are stale while these differ. */
    private final AtomicLong notes = new AtomicLong();
    private volatile long applied;
    /** Set by the first update: from then on writes are noted (before, the first update reads the index as it is). */
    private volatile boolean wanted;
    /** Touched only by the update, one at a time. */
    private volatile BrowseRows rows;
    private volatile Snapshot held;
    private CompletableFuture<Snapshot> update;
    private long updateStarted;

    public BrowseCatalogue(LineageStore store, LineageService lineage) {
        this.store = store;
        this.lineage = lineage;
        lineage.follow(this::noted);
    }

    private void noted(List<String> affected) {
        if (wanted) {
            written.addAll(affected);
            notes.incrementAndGet();
        }
    }

    /**
     * The indexes as current as they are within {@link #WAIT}: when a write may have changed them,
     * an update runs in the background, the callers of its first {@code WAIT} wait for it (and for
     * the next, when it began before a write they follow was noted), and later ones get the indexes
     * as they were until it is done.
     *
     * @throws LineageWarmingUp while there are no indexes yet and none is ready within {@code WAIT}
     *                          (the lineage index is still warming up, or the first indexes are being made)
     */
    public Snapshot snapshot() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            if (!stale()) {
                return held; // read after stale(): the lists of the writes it saw applied, or later ones
            }
            // an update that began before the last write was followed gives lists without it: then the next one is awaited
            CompletableFuture<Snapshot> running = start();
            long left;
            synchronized (this) {
                left = Math.min(deadline, updateStarted + WAIT.toNanos()) - System.nanoTime();
            }
            if (left <= 0) {
                return previous(null);
            }
            try {
                Snapshot made = running.get(left, TimeUnit.NANOSECONDS);
                if (applied == notes.get()) {
                    return made; // of the index as it is (it may itself lag a write being followed, and say so: lineage.current())
                }
            } catch (TimeoutException e) {
                return previous(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return previous(null);
            } catch (ExecutionException e) {
                return previous(e.getCause());
            }
        }
    }

    /**
     * The version of the indexes {@link #snapshot()} gives now, or -1 before the first: a list shown
     * from them is the same for as long as this is. Never waits; when a write may have changed the
     * lists, starts their update, so the version moves once it is done.
     */
    public long version() {
        if (stale()) {
            start();
        }
        Snapshot now = held;
        return now == null ? -1 : now.version();
    }

    /** Makes the indexes in the background unless they are current (a server starting: before the first visitor of a list). */
    public void warmUp() {
        if (held == null || stale()) {
            start();
        }
    }

    /**
     * Whether the lists may show less than the lineage index holds: no indexes yet, writes noted,
     * the rows made from another index than the one held, or the index not current (a write
     * being followed, or one it was not told of).
     */
    private boolean stale() {
        BrowseRows r = rows;
        return held == null || r == null || applied != notes.get() || lineage.indexHeld().orElse(null) != r.index() || !lineage.current();
    }

    private Snapshot previous(Throwable failure) {
        Snapshot now = held;
        if (now != null) {
            return now;
        }
        if (failure instanceof LineageWarmingUp warming) {
            throw warming;
        }
        if (failure != null) {
            throw new IllegalStateException("making the browse lists failed: " + failure.getMessage(), failure);
        }
        throw new LineageWarmingUp("making the browse lists");
    }

    private synchronized CompletableFuture<Snapshot> start() {
        if (update == null || update.isDone()) {
            updateStarted = System.nanoTime();
            wanted = true;
            update = CompletableFuture.supplyAsync(this::update, task -> Thread.ofVirtual().name("browse-update").start(task));
        }
        return update;
    }

    /**
     * Brings the rows up to the lineage index and, when any changed, makes the next indexes of them.
     * What was written is taken before the index is read, so a write noted meanwhile is made again
     * by the next update rather than missed.
     */
    private Snapshot update() {
        long upTo = notes.get();
        List<String> changed = List.copyOf(written);
        written.removeAll(changed);
        try {
            LineageIndex index = lineage.analytics().index(); // builds it again after a write this publisher was not told of
            BrowseRows r = rows;
            long start = System.nanoTime();
            boolean whole = r == null || r.index() != index;
            boolean moved = true;
            if (whole) {
                r = BrowseRows.of(store, index);
                rows = r;
            } else {
                moved = r.update(changed);
            }
            Snapshot now = held;
            if (now == null || moved) {
                now = r.snapshot(now == null ? 1 : now.version() + 1);
                held = now;
                LOG.info("Browse lists version {}: {} models, {} datasets ({}) in {} ms", now.version(), now.models().size(),
                        now.datasets().size(), whole ? "every row made" : changed.size() + " rows made again", (System.nanoTime() - start) / 1_000_000);
            }
            applied = upTo; // after held: who sees the writes applied sees the lists that show them
            return now;
        } catch (RuntimeException | Error e) {
            written.addAll(changed); // made again by the next update
            if (!(e instanceof LineageWarmingUp)) {
                LOG.warn("The browse lists could not be brought up to date; the next list asks again", e);
            }
            throw e;
        }
    }
}
