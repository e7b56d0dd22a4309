package org.pedigree.lineage;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.pedigree.store.DescriptionPage;
import org.pedigree.store.LineageStore;
import org.pedigree.store.StoreReads;

/**
 * The RDF description of one thing for its linked-data documents and its page, a page at a time
 * ({@link StoreReads#describe(String, int)}): its own statements (with the blank nodes they lead
 * to, one level deep, such as qualified derivations) on every page, of the statements pointing at
 * it at most {@value DescriptionPage#PER_PAGE} per property per page, in the order of their
 * subjects' IRIs, with the total per property, and the labels of what the page links to or is
 * linked from; and when the records that state something of it last changed. Both are the store's
 * own {@link LineageStore#reads() reads}: through the indexes of a store in this process, one or
 * two SPARQL requests to a remote store.
 */
public final class Descriptions {
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

    /** Page {@code page} (from 1) of the description, or empty when the store says nothing about {@code iri}. */
    public Optional<DescriptionPage> describe(String iri, int page) {
        return store.reads().describe(iri, page);
    }

    /** The first page's statements, or empty when the store says nothing about {@code iri}. */
    public Optional<Graph> describe(String iri) {
        return describe(iri, 1).map(DescriptionPage::graph);
    }
}
