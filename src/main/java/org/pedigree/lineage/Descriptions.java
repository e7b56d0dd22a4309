package org.pedigree.lineage;

import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pedigree.store.GraphReads;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;
import org.pedigree.vocab.SCHEMA;

/**
 * The RDF description of one thing for its linked-data document and its page: its own statements
 * (with the blank nodes they lead to, one level deep, such as qualified derivations), the
 * statements pointing at it (up to {@value #INCOMING_SHOWN}), and the labels of what it links to
 * or is linked from; and when the records that state something of it last changed. Read directly,
 * a linked thing gets the first value of each label property (a dataset that thousands of records
 * name is named in each of them); a remote store's SPARQL answer lists them all.
 * <p>
 * A store in this process is read through its indexes directly, a few lookups per thing; a remote
 * store is asked the same in SPARQL ({@code /queries/describe.rq}, {@code last-modified.rq}), one
 * request each. A test holds both ways to the same answers.
 */
public final class Descriptions {
    /** Statements pointing at a thing that its description carries at most (a hub has thousands of derivatives). */
    public static final int INCOMING_SHOWN = 2000;
    private static final List<Node> LABELS = List.of(SCHEMA.name.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode());

    private final LineageStore store;
    private final boolean direct;

    public Descriptions(LineageStore store) {
        this(store, store.sparqlService().isEmpty());
    }

    /** @param direct read the store's indexes (only for a store in this process), else ask in SPARQL */
    Descriptions(LineageStore store, boolean direct) {
        this.store = store;
        this.direct = direct;
    }

    /**
     * When the records that state something of {@code iri} last changed, if any record does
     *
     * @param metadataGraph the graph of record metadata
     */
    public Optional<Instant> lastModified(String iri, String metadataGraph) {
        if (!direct) {
            return store.select(SparqlQueries.query("last-modified", Map.of("thing", SparqlQueries.iri(iri), "meta", SparqlQueries.iri(metadataGraph))),
                    row -> row.contains("lastModified") ? Instant.parse(row.getLiteral("lastModified").getLexicalForm()) : null)
                    .stream().filter(java.util.Objects::nonNull).findFirst();
        }
        return store.read(dsg -> lastModified(dsg, NodeFactory.createURI(iri), NodeFactory.createURI(metadataGraph)));
    }

    /** The description, or empty when the store says nothing about {@code iri}. */
    public Optional<Graph> describe(String iri) {
        Graph graph = direct ? store.read(dsg -> describe(dsg.getUnionGraph(), NodeFactory.createURI(iri)))
                : store.construct(SparqlQueries.query("describe", Map.of("thing", SparqlQueries.iri(iri))));
        return graph.isEmpty() ? Optional.empty() : Optional.of(graph);
    }

    private static Graph describe(Graph union, Node thing) {
        Graph description = GraphFactory.createGraphMem();
        Set<Node> linked = new LinkedHashSet<>();
        forEach(union.find(thing, Node.ANY, Node.ANY), statement -> {
            description.add(statement);
            Node object = statement.getObject();
            if (object.isBlank()) {
                forEach(union.find(object, Node.ANY, Node.ANY), description::add);
            } else if (object.isURI()) {
                linked.add(object);
            }
        });
        ExtendedIterator<Triple> incoming = union.find(Node.ANY, Node.ANY, thing);
        try {
            for (int shown = 0; shown < INCOMING_SHOWN && incoming.hasNext(); ) {
                Triple statement = incoming.next();
                if (statement.getSubject().isURI()) {
                    description.add(statement);
                    linked.add(statement.getSubject());
                    shown++;
                }
            }
        } finally {
            incoming.close();
        }
        for (Node other : linked) {
            for (Node label : LABELS) {
                // One label per property: a dataset or agent that thousands of records name is named in each of them.
                Node value = GraphReads.firstObject(union, other, label);
                if (value != null) {
                    description.add(Triple.create(other, label, value));
                }
            }
        }
        return description;
    }

    private static Optional<Instant> lastModified(DatasetGraph dsg, Node thing, Node metadataGraph) {
        Set<Node> records = new HashSet<>();
        Iterator<Quad> statements = dsg.find(Node.ANY, thing, Node.ANY, Node.ANY);
        statements.forEachRemaining(quad -> records.add(quad.getGraph()));
        Graph meta = dsg.getGraph(metadataGraph);
        Instant latest = null;
        for (Node record : records) {
            ExtendedIterator<Triple> modified = meta.find(record, DCTerms.modified.asNode(), Node.ANY);
            try {
                while (modified.hasNext()) {
                    Instant at = Instant.parse(modified.next().getObject().getLiteralLexicalForm());
                    latest = latest == null || at.isAfter(latest) ? at : latest;
                }
            } finally {
                modified.close();
            }
        }
        return Optional.ofNullable(latest);
    }

    private static void forEach(ExtendedIterator<Triple> found, java.util.function.Consumer<Triple> action) {
        try {
            found.forEachRemaining(action);
        } finally {
            found.close();
        }
    }
}
