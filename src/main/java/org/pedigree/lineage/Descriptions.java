package org.pedigree.lineage;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import java.util.Map;

import org.apache.jena.query.Query;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;

/**
 * The RDF description of one thing for its linked-data document ({@code /queries/describe.rq}):
 * its own statements, the statements pointing at it, and the labels of what it links to.
 */
public final class Descriptions {
    private final LineageStore store;

    public Descriptions(LineageStore store) {
        this.store = store;
    }

    /**
     * When the records describing {@code iri} last changed, if any record does
     *
     * @param metadataGraph the graph of record metadata
     */
    public Optional<java.time.Instant> lastModified(String iri, String metadataGraph) {
        Query q = SparqlQueries.query("last-modified", Map.of("thing", SparqlQueries.iri(iri), "meta", SparqlQueries.iri(metadataGraph)));
        return store.select(q, row -> row.contains("lastModified")
                ? java.time.Instant.parse(row.getLiteral("lastModified").getLexicalForm()) : null)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The description, or empty when the store says nothing about {@code iri}. */
    public Optional<Graph> describe(String iri) {
        Graph graph = store.construct(SparqlQueries.query("describe", Map.of("thing", SparqlQueries.iri(iri))));
        return graph.isEmpty() ? Optional.empty() : Optional.of(graph);
    }
}
