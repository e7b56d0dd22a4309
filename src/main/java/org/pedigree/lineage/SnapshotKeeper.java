package org.pedigree.lineage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.pedigree.store.GenerationCache;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SnapshotSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the lineage index's snapshot ({@link IndexSnapshot}) in the store's {@link SnapshotSlot}:
 * reads it back at start when the store is unchanged since it was written, and writes it again
 * when it is not — after a build, a while after writes ({@link #soon()}, in the background), and
 * at close. A snapshot is written only from a state in which the index follows every committed
 * write and the computed facts are in sync: under the index's read lock, with the store's
 * generation equal to the one the index is stamped with and no record write between its commit
 * and the telling of the index. The slot then records it clean unless a write committed since.
 */
final class SnapshotKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotKeeper.class);
    /** How long after a write the snapshot is written again: writes in a burst are saved once. */
    static final Duration DELAY = Duration.ofSeconds(30);

    private final LineageStore store;
    private final SnapshotSlot slot;
    private final Supplier<Optional<GenerationCache.Stamped<LineageIndex>>> current;
    private final BooleanSupplier writesSettled;
    private final String build;
    private ScheduledExecutorService background;
    private ScheduledFuture<?> pending;
    private boolean closed;

    /**
     * @param current       the index held now and the store generation it reflects
     * @param writesSettled true when every write committed so far has been told to the index
     */
    SnapshotKeeper(LineageStore store, SnapshotSlot slot, Supplier<Optional<GenerationCache.Stamped<LineageIndex>>> current,
                   BooleanSupplier writesSettled) {
        this.store = store;
        this.slot = slot;
        this.current = current;
        this.writesSettled = writesSettled;
        this.build = BuildFingerprint.current();
    }

    /** Whether a snapshot the store is unchanged since is there to read. */
    boolean available() {
        return slot.unchangedSince().isPresent() && Files.exists(slot.file());
    }

    /** The index read back from the snapshot, if the store is unchanged since it and it is intact; counts entries in {@code progress}. */
    Optional<LineageIndex> restore(AtomicLong progress) {
        Optional<String> id = slot.unchangedSince();
        if (id.isEmpty()) {
            if (Files.exists(slot.file())) {
                LOG.info("The store changed since the lineage index snapshot was written (or was not closed cleanly): building the index");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(IndexSnapshot.read(slot.file(), id.get(), build, store, progress));
        } catch (IndexSnapshot.Unusable e) {
            LOG.warn("The lineage index snapshot {} is not used ({}): building the index from the store", slot.file(), e.getMessage());
            slot.forget(); // so the build writes a good one
            progress.set(0);
            return Optional.empty();
        }
    }

    /** Writes the snapshot {@link #DELAY} from now in the background, unless one is already due. */
    synchronized void soon() {
        if (pending == null || pending.isDone()) {
            schedule(DELAY.toMillis());
        }
    }

    /** Writes the snapshot in the background now (after a build at start: readiness does not wait for it). */
    synchronized void now() {
        if (pending != null) {
            pending.cancel(false);
        }
        schedule(0);
    }

    private void schedule(long delayMillis) {
        if (closed) {
            return;
        }
        if (background == null) {
            background = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "lineage-snapshot");
                thread.setDaemon(true);
                return thread;
            });
        }
        pending = background.schedule(this::saveOrRetry, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void saveOrRetry() {
        try {
            if (!save()) {
                synchronized (this) {
                    pending = null;
                }
                soon(); // writes were under way: try again later
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not write the lineage index snapshot: {}", e.getMessage());
        }
    }

    /** Stops the background writes and writes the snapshot a last time if the store changed since the last one. */
    void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            closed = true;
            stopping = background;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            save();
        } catch (RuntimeException e) {
            LOG.warn("Could not write the lineage index snapshot at close: {}", e.getMessage());
        }
    }

    /**
     * Writes the snapshot if the store changed since the last one and the index is in a state to
     * be written; returns false when it was not (writes under way, the index lagging the store).
     */
    synchronized boolean save() {
        if (slot.unchangedSince().isPresent()) {
            return true; // the snapshot on disk is the store's state
        }
        Optional<GenerationCache.Stamped<LineageIndex>> held = current.get();
        if (held.isEmpty()) {
            return true; // no index to keep
        }
        LineageIndex index = held.get().value();
        String id = UUID.randomUUID().toString();
        long start = System.nanoTime();
        long[] reflects = {-1};
        IndexSnapshot.Pending written = index.read(ix -> {
            long generation = store.generation();
            Optional<GenerationCache.Stamped<LineageIndex>> now = current.get();
            // the generation first, then no write between commit and telling: every commit up to it reached the index
            if (now.isEmpty() || now.get().value() != index || now.get().generation() != generation || !writesSettled.getAsBoolean()) {
                return null;
            }
            reflects[0] = generation;
            try {
                return IndexSnapshot.write(ix, slot.file(), id, build);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + slot.file() + ": " + e.getMessage(), e);
            }
        });
        if (written == null) {
            return false;
        }
        try {
            written.install();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + slot.file() + ": " + e.getMessage(), e);
        }
        if (slot.recordClean(id, reflects[0])) {
            LOG.info("Lineage index snapshot written: {} nodes, {} bytes in {} ms", written.entries(), written.bytes(),
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        }
        LOG.debug("The store changed while the lineage index snapshot was written: it is not used, and is written again later");
        return false;
    }
}
