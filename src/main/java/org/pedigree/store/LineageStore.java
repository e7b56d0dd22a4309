package org.pedigree.store;

import java.util.ArrayList;
import java.util.List;
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
 *
 * <pre>{@code
 * try (LineageStore store = Tdb2LineageStore.open(dir)) {
 *     long n = store.read(dsg -> dsg.stream().count());
 * }
 * }</pre>
 */
public interface LineageStore extends AutoCloseable {

    /** The dataset itself, for components that manage their own transactions (the SPARQL endpoint). */
    DatasetGraph datasetGraph();

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
        return read(dsg -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                List<T> rows = new ArrayList<>();
                exec.execSelect().forEachRemaining(solution -> rows.add(row.apply(solution)));
                return rows;
            }
        });
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
    default java.util.Optional<String> sparqlService() {
        return java.util.Optional.empty();
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

    /**
     * Compacts the store's storage while reads go on, reporting the size before and after.
     *
     * @throws UnsupportedOperationException when this kind of store is not compacted by Pedigree
     */
    default Compaction compact() {
        throw new UnsupportedOperationException(describe() + " is not compacted by Pedigree: compact it with its own tools");
    }

    /**
     * A mark of the storage transactions begin on now; pass it to {@link #releaseStranded} after
     * a transaction that did not go through {@link #read} or {@link #write} (the SPARQL endpoint's).
     */
    default Object storageMark() {
        return null;
    }

    /** Ends this thread's transaction if the storage was switched under it since {@code mark} (compaction). */
    default void releaseStranded(Object mark) {
    }

    /** True when the store is open and answers a read (what {@code /readyz} reports). */
    boolean isReady();

    /** Where the data is, in words, for logs and messages. */
    String describe();

    /** Closes the store cleanly; later calls do nothing. */
    @Override
    void close();
}
