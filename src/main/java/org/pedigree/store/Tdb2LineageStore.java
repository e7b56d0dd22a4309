package org.pedigree.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The embedded store: a TDB2 database in one directory, locked to this process while open.
 * The default graph is the union of the record graphs, so plain SPARQL patterns see everything.
 */
public final class Tdb2LineageStore implements LineageStore {
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    private final Path directory;
    private final DatasetGraph dsg;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();

    private Tdb2LineageStore(Path directory, DatasetGraph dsg) {
        this.directory = directory;
        this.dsg = dsg;
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
            return new Tdb2LineageStore(directory, dsg);
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
        return new Tdb2LineageStore(Path.of("(memory)"), dsg);
    }

    @Override
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    @Override
    public void write(Consumer<DatasetGraph> action) {
        Txn.executeWrite(dsg, () -> action.accept(dsg));
        generation.incrementAndGet();
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

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            TDBInternal.expel(dsg);
        }
    }
}
