package org.pedigree.store;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic compaction policy: after a write, when the database directory has grown by at
 * least {@code thresholdBytes} since the store was opened or last compacted, compact it in the
 * background (one compaction at a time; reads go on, writes wait for the switch). Growth rather
 * than absolute size, so a store whose live data is larger than the threshold is not compacted
 * again and again.
 *
 * <pre>{@code
 * AutoCompaction policy = AutoCompaction.start(store, Sizes.parse("1g"));
 * ...
 * policy.close();   // before the store is closed: waits for a compaction under way
 * }</pre>
 */
public final class AutoCompaction implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutoCompaction.class);

    private final Tdb2LineageStore store;
    private final long thresholdBytes;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "pedigree-compaction");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile long baseline;
    private volatile boolean closed;

    private AutoCompaction(Tdb2LineageStore store, long thresholdBytes) {
        this.store = store;
        this.thresholdBytes = thresholdBytes;
        this.baseline = store.sizeOnDisk();
    }

    /** Watches the writes of {@code store}; {@code thresholdBytes} must be positive. */
    public static AutoCompaction start(Tdb2LineageStore store, long thresholdBytes) {
        if (thresholdBytes <= 0) {
            throw new IllegalArgumentException("the compaction threshold must be positive, not " + thresholdBytes);
        }
        AutoCompaction policy = new AutoCompaction(store, thresholdBytes);
        store.afterEachWrite(policy::afterWrite);
        return policy;
    }

    private void afterWrite() {
        if (!closed && queued.compareAndSet(false, true)) {
            worker.execute(this::check);
        }
    }

    private void check() {
        queued.set(false);
        if (closed) {
            return;
        }
        try {
            long size = store.sizeOnDisk();
            if (size - baseline < thresholdBytes) {
                return;
            }
            LOG.info("The store has grown by {} since {} (threshold {}): compacting", Sizes.format(size - baseline),
                    Sizes.format(baseline), Sizes.format(thresholdBytes));
            Compaction done = store.compact();
            baseline = done.bytesAfter();
            LOG.info("Compacted the store: {}", done.describe());
        } catch (RuntimeException e) {
            baseline = store.sizeOnDisk();
            LOG.error("Automatic compaction failed; the store goes on uncompacted until it grows by the threshold again", e);
        }
    }

    /** Stops watching; waits for a compaction under way to finish. */
    @Override
    public void close() {
        closed = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.MINUTES)) {
                LOG.warn("A compaction is still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
