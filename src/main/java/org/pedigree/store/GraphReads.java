package org.pedigree.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Small reads of a graph that several read-side views share. */
public final class GraphReads {
    private GraphReads() {}

    /**
     * Every statement of {@code subject}, its objects grouped by property, in one lookup: cheaper
     * than a lookup per property for a subject of one record (an operation, a version); not for a
     * thing every record may state again in the union graph (an agent, a dataset), whose
     * statements are read in every graph that holds them.
     */
    public static Map<Node, List<Node>> properties(Graph graph, Node subject) {
        Map<Node, List<Node>> byProperty = new HashMap<>();
        ExtendedIterator<Triple> found = graph.find(subject, Node.ANY, Node.ANY);
        try {
            found.forEachRemaining(t -> byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>(1)).add(t.getObject()));
        } finally {
            found.close();
        }
        return byProperty;
    }

    /** The first of {@code property}'s values in {@link #properties}: a literal's text or an IRI; null when none. */
    public static String text(Map<Node, List<Node>> properties, Node property) {
        List<Node> values = properties.get(property);
        if (values == null) {
            return null;
        }
        Node value = values.getFirst();
        return value.isLiteral() ? value.getLiteralLexicalForm() : value.isURI() ? value.getURI() : null;
    }

    /** The first object of {@code subject property ?o}, or null; the iterator is closed either way. */
    public static Node firstObject(Graph graph, Node subject, Node property) {
        ExtendedIterator<Triple> found = graph.find(subject, property, Node.ANY);
        try {
            return found.hasNext() ? found.next().getObject() : null;
        } finally {
            found.close();
        }
    }
}
