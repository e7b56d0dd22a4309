package org.pedigree.lineage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.pedigree.model.InstanceIris;
import org.pedigree.store.GenerationCache;
import org.pedigree.store.LineageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lineage analytics of one store, ready to use: the in-memory {@link LineageIndex} built once
 * ({@link #prepare()}, at the latest on first use, or in the background by {@link #warmUp()}),
 * the computed facts published in {@code BASE/meta/lineage}, and both kept current by
 * {@link #changed(Collection)} after every write.
 *
 * <p>On an embedded store on disk the index is also kept as a snapshot file beside the store
 * ({@link SnapshotKeeper}): a start over a store unchanged since reads it back instead of building
 * the index and computing every fact again. A store with a snapshot to trust is followed from
 * the first write on ({@link #followsWrites()}), so a command that changes a few records writes a
 * current snapshot at {@link #close()} and the next start stays fast.
 */
public final class LineageService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LineageService.class);

    private final LineageStore store;
    private final InstanceIris iris;
    private final Catalogue catalogue;
    /** Kept current by {@link #changed}; rebuilt when the store's generation moves without this service being told of the write. */
    private final GenerationCache<Prepared> prepared;
    /** Null when the store keeps no snapshot (in memory, remote). */
    private final SnapshotKeeper snapshots;
    /** True when no record write is between its commit and the telling of this service. */
    private final BooleanSupplier writesSettled;
    /** From the first build or load on, every write must be told ({@link #followsWrites()}). */
    private volatile boolean following;
    /** Set by {@link #warmUp()}: requests are refused until it completes, and snapshots are written a while after writes. */
    private volatile CompletableFuture<Void> warming;
    private volatile Progress progress = new Progress("waiting to start");
    /** How the index held was made: "snapshot" or "build"; null before. */
    private volatile String source;
    /** Told of what each followed write changed ({@link #follow}). */
    private final List<Follower> followers = new CopyOnWriteArrayList<>();

    /**
     * A value derived from the index and kept current write by write instead of being made again
     * (the browse rows): told, after the index and the computed facts followed a write, which
     * things the write can have changed. An index made anew (built, or read from its snapshot)
     * is not told: the follower sees that {@link #indexHeld()} is another index.
     */
    @FunctionalInterface
    public interface Follower {
        /**
         * The IRIs of what a write can have changed: the things it described and everything
         * downstream of them. Called in the writer's thread, under the lock that orders the
         * index's updates: keep it short (note the IRIs, do the work later).
         */
        void changed(List<String> affected);
    }

    private record Prepared(LineageIndex index, ComputedLineage computed, LineageAnalytics analytics, LicenceInheritance licences,
                            AdvisoryPropagation advisories, CompletenessCheck completeness) {}

    /** What is being done to make the index ready, and how far it got. */
    private record Progress(String phase, AtomicLong nodes) {
        Progress(String phase) {
            this(phase, new AtomicLong());
        }
    }

    /** Set by {@link #close()}: a build under way stops at the next thing it reads. */
    private volatile boolean closing;

    /** One more node read or computed; stops the work when the service is closing (a server stopped while warming up). */
    private void tick(AtomicLong nodes) {
        if (closing) {
            throw new CancellationException("stopped before the lineage index was ready");
        }
        nodes.incrementAndGet();
    }

    /**
     * Whether lineage questions are answered now; if not, why (and how far the warm-up got, in
     * nodes read); and how the index was made ({@code snapshot} or {@code build}).
     */
    public record Readiness(boolean ready, String reason, long nodes, String source) {}

    public LineageService(LineageStore store, InstanceIris iris, Catalogue catalogue) {
        this(store, iris, catalogue, () -> true);
    }

    /**
     * @param writesSettled true when no record write is between its commit and the telling of this
     *                      service ({@code RecordWriter::settled}): a snapshot is written only then
     */
    public LineageService(LineageStore store, InstanceIris iris, Catalogue catalogue, BooleanSupplier writesSettled) {
        this.store = store;
        this.iris = iris;
        this.catalogue = catalogue;
        this.writesSettled = writesSettled;
        this.prepared = GenerationCache.stamped(store, this::build);
        this.snapshots = store.snapshotSlot()
                .map(slot -> new SnapshotKeeper(store, slot, () -> prepared.lastStamped()
                        .map(s -> new GenerationCache.Stamped<>(s.value().index(), s.generation())), writesSettled))
                .orElse(null);
    }

    /** Builds the index from the store (or reads its snapshot) and brings the computed facts up to date (once), in this thread. */
    public void prepare() {
        if (prepared.last().isEmpty()) {
            prepared.get();
        }
    }

    /**
     * Prepares the index in the background (what a server does as it starts answering): until it
     * is ready, lineage questions throw {@link LineageWarmingUp} and {@link #readiness()} says why.
     * From then on a snapshot is also written a while after writes.
     */
    public synchronized void warmUp() {
        if (warming != null) {
            return;
        }
        following = true; // writes that come in meanwhile are applied once the index is there
        CompletableFuture<Void> done = new CompletableFuture<>();
        warming = done;
        Thread.ofPlatform().daemon().name("lineage-warm-up").start(() -> {
            try {
                prepare();
                done.complete(null);
                if (snapshots != null && "build".equals(source)) {
                    snapshots.now();
                }
            } catch (RuntimeException | Error e) {
                if (closing) {
                    LOG.info("Stopped before the lineage index was ready");
                } else {
                    LOG.error("The lineage index could not be prepared; lineage questions will try again", e);
                }
                done.completeExceptionally(e);
            }
        });
    }

    /** Waits up to {@code timeout} for {@link #warmUp()} to finish; true when the index is ready. */
    public boolean awaitReady(Duration timeout) {
        CompletableFuture<Void> w = warming;
        if (w == null) {
            return prepared.last().isPresent();
        }
        try {
            w.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether lineage questions are answered now, and if not why; never waits. */
    public Readiness readiness() {
        CompletableFuture<Void> w = warming;
        if (w != null && !w.isDone()) {
            Progress p = progress;
            return new Readiness(false, "warming up: lineage index (" + p.phase() + ")", p.nodes().get(), null);
        }
        if (w != null && w.isCompletedExceptionally() && prepared.last().isEmpty()) {
            return new Readiness(false, "the lineage index failed to build (see the log); the next lineage question tries again", 0, null);
        }
        return new Readiness(true, null, 0, source);
    }

    private GenerationCache.Stamped<Prepared> build(long seen) {
        following = true;
        if (prepared.last().isPresent()) {
            LOG.info("The store changed under this publisher: rebuilding the lineage index");
        }
        long start = System.nanoTime();
        Optional<Prepared> restored = restore();
        if (restored.isPresent()) {
            LOG.info("Lineage index ready from its snapshot: {} nodes in {} ms; the computed facts were current",
                    restored.get().index().read(LineageIndex::size), (System.nanoTime() - start) / 1_000_000);
            return new GenerationCache.Stamped<>(restored.get(), seen);
        }
        Progress building = new Progress("building it from the store");
        progress = building;
        LineageIndex index = LineageIndex.build(store, () -> tick(building.nodes()));
        Progress computing = new Progress("computing the lineage facts");
        progress = computing;
        ComputedLineage computed = new ComputedLineage(store, index, iris.lineageGraph());
        int changes = computed.syncAll(() -> tick(computing.nodes()));
        source = "build";
        LOG.info("Lineage index ready: {} nodes in {} ms; {} computed facts updated", index.read(LineageIndex::size),
                (System.nanoTime() - start) / 1_000_000, changes);
        return new GenerationCache.Stamped<>(over(index, computed), changes > 0 ? store.generation() : seen); // the sync's own write is not a change to follow
    }

    /** The index read back from its snapshot, when the store is unchanged since: its computed facts are current too. */
    private Optional<Prepared> restore() {
        if (snapshots == null) {
            return Optional.empty();
        }
        Progress loading = new Progress("loading its snapshot");
        progress = loading;
        Optional<Prepared> restored = snapshots.restore(loading.nodes())
                .map(index -> over(index, new ComputedLineage(store, index, iris.lineageGraph())));
        if (restored.isPresent()) {
            source = "snapshot";
        }
        return restored;
    }

    private Prepared over(LineageIndex index, ComputedLineage computed) {
        return new Prepared(index, computed, new LineageAnalytics(index, catalogue), new LicenceInheritance(index),
                new AdvisoryPropagation(index), new CompletenessCheck(store, index));
    }

    /**
     * Whether writes must be told to this service ({@link #changed}) from now on: once an index is
     * being built or held. Before, a write needs not be followed (the index is built later from the
     * store as it is then) — unless the store has a snapshot to trust: it is read back now, before
     * the write, so the write keeps it current instead of making it useless.
     */
    public boolean followsWrites() {
        if (following) {
            return true;
        }
        if (snapshots != null && snapshots.available()) {
            long seen = store.generation();
            Optional<Prepared> restored = restore();
            if (restored.isPresent() && prepared.offer(restored.get(), seen)) {
                following = true;
                LOG.info("Read the lineage index from its snapshot, to keep it current through this write");
            }
        }
        return following;
    }

    /**
     * Whether the index held reflects the store's current generation: false from a write's commit
     * until this service has followed it ({@link #changed}), and while no index is held. What is
     * computed from the index meanwhile is of the store as it was before the write.
     */
    public boolean current() {
        return prepared.ifCurrent().isPresent();
    }

    /** Whether the index is built or being built: from then on every write must be followed ({@link #changed}). */
    public boolean isPrepared() {
        return following;
    }

    /** Tells {@code follower} of every write this service follows from now on ({@link Follower}). */
    public void follow(Follower follower) {
        followers.add(follower);
    }

    /** The index held now, whatever the store's generation, without building or waiting; empty before the first. */
    public Optional<LineageIndex> indexHeld() {
        return prepared.last().map(Prepared::index);
    }

    /** Follows a committed write that described (before or after) these models, datasets and advisories. */
    public void changed(Collection<String> things) {
        if (things.isEmpty()) {
            return;
        }
        // before the first build nothing is held: it is built later from the store, which already holds the write
        prepared.update(p -> {
            p.index().refresh(things);
            int[] affected = p.computed().affectedBy(things);
            p.computed().syncModels(affected);
            if (!followers.isEmpty()) {
                List<String> iris = p.index().read(ix -> {
                    List<String> found = new ArrayList<>(affected.length);
                    for (int id : affected) {
                        found.add(ix.entry(id).iri);
                    }
                    return Collections.unmodifiableList(found);
                });
                followers.forEach(f -> f.changed(iris));
            }
        });
        if (snapshots != null && warming != null) {
            snapshots.soon();
        }
    }

    /**
     * Writes the snapshot a last time when the store changed since the last one (a server's stop,
     * the end of a command), and stops writing it in the background. Call it before the store is
     * closed; the service still answers afterwards.
     */
    @Override
    public void close() {
        closing = true;
        CompletableFuture<Void> w = warming;
        if (w != null) {
            try {
                w.get(1, TimeUnit.MINUTES); // stops at the next node; a snapshot being read is read to its end
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                // stopped (or failed, logged by the warm-up) before it was ready: nothing to write
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (snapshots != null) {
            snapshots.close();
        }
    }

    public LineageAnalytics analytics() {
        return ready().analytics();
    }

    public LicenceInheritance licences() {
        return ready().licences();
    }

    public AdvisoryPropagation advisories() {
        return ready().advisories();
    }

    public CompletenessCheck completeness() {
        return ready().completeness();
    }

    /**
     * The version of the index lineage questions are answered from now ({@link LineageIndex#version()}):
     * what is made of their answers (the family tree of a hub) is current for as long as it is the same.
     */
    public long indexVersion() {
        return ready().index().version();
    }

    /**
     * The index, built on first use, and again when the store changed under this publisher (written by another publisher on
     * the same remote store, or by a path that does not notify); while {@link #warmUp()} runs, a {@link LineageWarmingUp}.
     * Between a write's commit and its {@link #changed}, the index of just before the write: a question asked then is not
     * a reason to build the index again from the store (minutes at a million models), nor to wait for the write's follow-up.
     */
    private Prepared ready() {
        CompletableFuture<Void> w = warming;
        if (w != null && !w.isDone()) {
            throw new LineageWarmingUp(progress.phase());
        }
        if (!writesSettled.getAsBoolean()) {
            Optional<Prepared> before = prepared.last();
            if (before.isPresent()) {
                return before.get();
            }
        }
        return prepared.get();
    }
}
