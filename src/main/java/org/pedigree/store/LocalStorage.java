package org.pedigree.store;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What only a store in this process offers, beyond {@link LineageStore}: its dataset for
 * components that manage their own transactions (the SPARQL endpoint), compaction, and the marks
 * that keep such transactions from outliving a compaction's switch. A store offers it through
 * {@link LineageStore#localStorage()}; a remote store does not.
 *
 * <pre>{@code
 * store.localStorage().ifPresent(local -> SparqlEndpoint.register(builder, local.datasetGraph(), ...));
 * }</pre>
 */
public interface LocalStorage {

    /** The dataset itself, for components that manage their own transactions (the SPARQL endpoint). */
    DatasetGraph datasetGraph();

    /**
     * Compacts the storage while reads go on, reporting the size before and after.
     *
     * @throws UnsupportedOperationException when this storage is not compacted (a store in memory)
     */
    Compaction compact();

    /**
     * A mark of the storage transactions begin on now; pass it to {@link #releaseStranded} after
     * a transaction that did not go through {@link LineageStore#read} or {@link LineageStore#write}
     * (the SPARQL endpoint's).
     */
    Object storageMark();

    /** Ends this thread's transaction if the storage was switched under it since {@code mark} (compaction). */
    void releaseStranded(Object mark);

    /**
     * Compacts the storage of {@code store}.
     *
     * @throws UnsupportedOperationException when this kind of store is not compacted by Pedigree
     */
    static Compaction compact(LineageStore store) {
        LocalStorage local = store.localStorage().orElseThrow(() ->
                new UnsupportedOperationException(store.describe() + " is not compacted by Pedigree: compact it with its own tools"));
        return local.compact();
    }
}
