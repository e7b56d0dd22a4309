package org.pedigree.lineage;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
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
        ParameterizedSparqlString q = SparqlQueries.get("last-modified");
        q.setIri("thing", iri);
        q.setIri("meta", metadataGraph);
        return store.select(q.asQuery(), row -> row.contains("lastModified")
                ? java.time.Instant.parse(row.getLiteral("lastModified").getLexicalForm()) : null)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The description, or empty when the store says nothing about {@code iri}. */
    public Optional<Graph> describe(String iri) {
        ParameterizedSparqlString q = SparqlQueries.get("describe");
        q.setIri("thing", iri);
        Graph graph = store.construct(q.asQuery());
        return graph.isEmpty() ? Optional.empty() : Optional.of(graph);
    }
}
