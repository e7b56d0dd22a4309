package org.pedigree.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where lineage records live: one named graph per record, queried through the union default
 * graph. Every read and write runs in a transaction; a write that throws changes nothing.
 * This is what every kind of store offers, in this process or remote (callers never ask which);
 * what only a store in this process has, its dataset and compaction, is its {@link LocalStorage}.
 *
 * <pre>{@code
 * try (LineageStore store = Tdb2LineageStore.open(dir)) {
 *     long n = store.read(dsg -> dsg.stream().count());
 * }
 * }</pre>
 */
public interface LineageStore extends AutoCloseable {

    /** Runs {@code action} in a read transaction and returns its result. */
    <T> T read(Function<DatasetGraph, T> action);

    /**
     * Runs {@code action} in one write transaction: all of it is committed, or none of it.
     *
     * @throws StoreFullException when the disk refused the write (nothing was committed)
     */
    void write(Consumer<DatasetGraph> action);

    /** Runs a SELECT query in a read transaction and maps every row while the transaction is open. */
    default <T> List<T> select(Query query, Function<QuerySolution, T> row) {
        return read(dsg -> QueryRun.select(dsg, query, row, new ArrayList<>(1)));
    }

    /** Runs a CONSTRUCT query in a read transaction; the graph it returns is in memory. */
    default Graph construct(Query query) {
        return read(dsg -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                return exec.execConstruct().getGraph();
            }
        });
    }

    /**
     * The SPARQL service that answers queries over this store when it is not in this process
     * (the publisher's {@code /sparql} forwards to it); empty for an embedded store.
     */
    default Optional<String> sparqlService() {
        return Optional.empty();
    }

    /**
     * The reads of one thing at a time (a description, a date, operations, versions), answered the
     * way this store answers best; callers never ask which.
     */
    StoreReads reads();

    /** The storage of a store in this process (its dataset, compaction); empty for a remote store. */
    default Optional<LocalStorage> localStorage() {
        return Optional.empty();
    }

    /**
     * Where a derived index may keep a snapshot of itself with the store, and whether the store
     * is unchanged since (an embedded store on disk); empty when the store cannot tell (in memory,
     * remote: another publisher may write it).
     */
    default Optional<SnapshotSlot> snapshotSlot() {
        return Optional.empty();
    }

    /** True when the store holds no quad at all. */
    default boolean isEmpty() {
        return read(DatasetGraph::isEmpty);
    }

    /**
     * A number that changes after every committed write (of this process for an embedded store,
     * of any publisher for a remote one), so derived artefacts (dumps, the lineage index) know when
     * they are stale.
     */
    long generation();

    /** True when the store is open and answers a read (what {@code /readyz} reports). */
    boolean isReady();

    /** Where the data is, in words, for logs and messages. */
    String describe();

    /** Closes the store cleanly; later calls do nothing. */
    @Override
    void close();
}
