package org.pedigree.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.query.TxnType;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: a TDB2 database in one directory, locked to this process while open.
 * The default graph is the union of the record graphs, so plain SPARQL patterns see everything.
 * Being in this process, it is its own {@link LocalStorage}, and it answers {@link #reads()}
 * through its indexes.
 */
public final class Tdb2LineageStore implements LineageStore, LocalStorage {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2LineageStore.class);
    /** How long {@link #close()} waits for reads still running. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    private final Path directory;
    private final DatasetGraph dsg;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The SELECT queries running now. */
    private final Set<QueryExecution> running = ConcurrentHashMap.newKeySet();
    private final AtomicLong generation = new AtomicLong();
    private final List<Runnable> afterWrite = new CopyOnWriteArrayList<>();
    private final boolean inMemory;
    private final StoreReads reads = new IndexReads(this);
    /** Held around each commit and the move of the generation, so the snapshot slot sees both or neither. */
    private final Object commits = new Object();
    private final SnapshotSlot slot;

    private Tdb2LineageStore(Path directory, DatasetGraph dsg, boolean inMemory) {
        this.directory = directory;
        this.dsg = dsg;
        this.inMemory = inMemory;
        this.slot = inMemory ? null : new SnapshotSlot(directory, commits, generation::get);
    }

    /**
     * Opens (creating if needed) the TDB2 database in {@code directory}.
     *
     * @throws StoreInUseException when another process holds the database
     */
    public static Tdb2LineageStore open(Path directory) {
        try {
            Files.createDirectories(directory);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Tdb2LineageStore(directory, dsg, false);
        } catch (DBOpEnvException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("lock")) {
                throw e;
            }
            Matcher holder = HOLDER.matcher(message);
            throw new StoreInUseException(directory, holder.find() ? holder.group(1) : null, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** A TDB2 database in memory, gone when closed (validation without a data directory, tests). */
    public static Tdb2LineageStore inMemory() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2LineageStore(Path.of("(memory)"), dsg, true);
    }

    @Override
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** Reads through the database's indexes directly, in this process. */
    @Override
    public StoreReads reads() {
        return reads;
    }

    @Override
    public Optional<LocalStorage> localStorage() {
        return Optional.of(this);
    }

    /** The slot of the lineage index snapshot in the data directory; none for a store in memory. */
    @Override
    public Optional<SnapshotSlot> snapshotSlot() {
        return Optional.ofNullable(slot);
    }

    /** A SELECT query as every store runs it, abandoned by {@link #close()} if it is still running then (a background count). */
    @Override
    public <T> List<T> select(Query query, Function<QuerySolution, T> row) {
        return read(dsg -> QueryRun.select(dsg, query, row, running));
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        while (true) {
            Object mark = begin(TxnType.READ);
            try {
                return action.apply(dsg);
            } catch (RuntimeException e) {
                if (storageMark() == mark || !causedBy(e, TransactionException.class)) {
                    throw e;
                }
                // A compaction switched generations under this read and closed the old one: read again on the new.
            } finally {
                if (dsg.isInTransaction()) {
                    dsg.end();
                }
                releaseStranded(mark);
            }
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one write path of this store (the record writer, knowledge, settings, computed facts,
     * the Graph Store and SPARQL Update through the writer): the snapshot slot is made dirty on
     * disk before the commit, and the generation moves with it.
     */
    @Override
    public void write(Consumer<DatasetGraph> action) {
        Object mark = begin(TxnType.WRITE);
        try {
            action.accept(dsg);
            synchronized (commits) {
                if (slot != null) {
                    slot.beforeCommit();
                }
                dsg.commit();
                generation.incrementAndGet();
            }
        } catch (RuntimeException | Error e) {
            abortQuietly();
            // a full disk shows as ENOSPC from a file write, or as a fault on a memory-mapped index page
            if (StoreFullException.isFull(e)) {
                throw new StoreFullException(directory, e);
            }
            throw e;
        } finally {
            if (dsg.isInTransaction()) {
                dsg.end();
            }
            releaseStranded(mark);
        }
        afterWrite.forEach(Runnable::run);
    }

    /**
     * Begins a transaction on the storage generation that is current, and returns that generation.
     * A begin that waited while a compaction switched generations began on the old one, while the
     * dataset now sends every read to the new one ("Not in a transaction"): it is ended and begun
     * again on the new generation.
     */
    private Object begin(TxnType type) {
        while (true) {
            Object mark = storageMark();
            try {
                dsg.begin(type);
            } catch (TransactionException e) {
                if (storageMark() == mark) {
                    throw e;
                }
                continue; // the old generation was closed under the waiting begin
            }
            if (storageMark() == mark) {
                return mark;
            }
            releaseStranded(mark);
            abortQuietly();
            if (dsg.isInTransaction()) {
                dsg.end();
            }
        }
    }

    private void abortQuietly() {
        try {
            if (dsg.isInTransaction()) {
                dsg.abort();
            }
        } catch (RuntimeException ignored) {
            // the failure that made the write abort is the one to report; end() releases the transaction
        }
    }

    /** The storage generation transactions begin on now (TDB2 switches it when compacting). */
    @Override
    public Object storageMark() {
        return dsg instanceof DatasetGraphSwitchable switchable ? switchable.get() : dsg;
    }

    /**
     * Ends this thread's transaction on a storage generation that a compaction switched away from
     * since {@code mark}. Jena's switchable dataset routes {@code end()} to the new generation, so
     * a read that began before the switch would otherwise stay open on the old one for ever, and
     * the compaction would wait for it for ever.
     */
    @Override
    public void releaseStranded(Object mark) {
        if (mark instanceof DatasetGraph old && old != storageMark() && old.isInTransaction()) {
            if (old.transactionMode() == ReadWrite.WRITE) {
                old.abort();
            }
            old.end();
        }
    }

    /** Runs {@code listener} after every committed write (in the writing thread: keep it short). */
    public void afterEachWrite(Runnable listener) {
        afterWrite.add(listener);
    }

    /** The bytes the database directory takes on disk (every file under it, apparent sizes). */
    public long sizeOnDisk() {
        return inMemory ? 0 : StorageDirectory.size(directory);
    }

    /**
     * Compacts the database online (TDB2 {@code DatabaseMgr.compact}): the live data is copied into
     * a new generation directory and switched to, and the old generation is deleted. Reads go on
     * meanwhile; writes wait until the switch. Leftovers of a compaction killed earlier are removed
     * first.
     */
    @Override
    public synchronized Compaction compact() {
        if (inMemory) {
            throw new UnsupportedOperationException("a store in memory is not compacted");
        }
        long start = System.nanoTime();
        StorageDirectory.removeLeftovers(directory);
        long before = sizeOnDisk();
        DatabaseMgr.compact(dsg, true);
        return new Compaction(before, sizeOnDisk(), Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public boolean isReady() {
        if (closed.get()) {
            return false;
        }
        try {
            read(d -> d.find().hasNext());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "TDB2 database in " + directory;
    }

    /**
     * Closes the database. A SELECT still running (a background count) is abandoned; another read
     * still running (an index rebuild) gets {@link #CLOSE_WAIT} to end, then the database is closed
     * under it, and it fails.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (slot != null) {
            slot.close();
        }
        running.forEach(QueryExecution::abort); // it stops at its next row
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        while (true) {
            try {
                TDBInternal.expel(dsg);
                return;
            } catch (TransactionException active) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("Closing {} under a read still running", directory);
                    TDBInternal.expel(dsg, true);
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    TDBInternal.expel(dsg, true);
                    return;
                }
            }
        }
    }
}
