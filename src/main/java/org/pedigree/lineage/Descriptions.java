package org.pedigree.lineage;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.pedigree.store.LineageStore;
import org.pedigree.store.StoreReads;

/**
 * The RDF description of one thing for its linked-data document and its page: its own statements
 * (with the blank nodes they lead to, one level deep, such as qualified derivations), the
 * statements pointing at it (up to {@value #INCOMING_SHOWN}), and the labels of what it links to
 * or is linked from; and when the records that state something of it last changed. Both are the
 * store's own {@link LineageStore#reads() reads}: through the indexes of a store in this process,
 * one SPARQL request each to a remote store.
 */
public final class Descriptions {
    /** Statements pointing at a thing that its description carries at most (a hub has thousands of derivatives). */
    public static final int INCOMING_SHOWN = StoreReads.INCOMING_SHOWN;

    private final LineageStore store;

    public Descriptions(LineageStore store) {
        this.store = store;
    }

    /**
     * When the records that state something of {@code iri} last changed, if any record does
     *
     * @param metadataGraph the graph of record metadata
     */
    public Optional<Instant> lastModified(String iri, String metadataGraph) {
        return store.reads().lastModified(iri, metadataGraph);
    }

    /** The description, or empty when the store says nothing about {@code iri}. */
    public Optional<Graph> describe(String iri) {
        return store.reads().describe(iri);
    }
}
