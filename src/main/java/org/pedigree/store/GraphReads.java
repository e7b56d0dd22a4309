package org.pedigree.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Small reads of a graph that several read-side views share. */
public final class GraphReads {
    private GraphReads() {}

    /** The first object of {@code subject property ?o}, or null; the iterator is closed either way. */
    public static Node firstObject(Graph graph, Node subject, Node property) {
        ExtendedIterator<org.apache.jena.graph.Triple> found = graph.find(subject, property, Node.ANY);
        try {
            return found.hasNext() ? found.next().getObject() : null;
        } finally {
            found.close();
        }
    }
}
