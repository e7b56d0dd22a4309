package org.pedigree.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The statements pointing at a thing, read from a graph's indexes in one pass: the IRI subjects
 * by property, each list in the order of their IRIs — the order {@code describe-incoming.rq} asks
 * a remote store for with {@code ORDER BY ?in}. The indexes iterate in the order of their internal
 * node ids, which no SPARQL store can repeat, so the subjects are sorted here; a page is a slice of
 * the sorted lists, which {@link IndexReads} keeps for a thing with more than a page of them.
 */
final class IncomingWindow {
    /** IRIs in the order of SPARQL's ORDER BY: their code points (String order, as ARQ compares IRIs). */
    static final Comparator<Node> ORDER = Comparator.comparing(Node::getURI);

    private IncomingWindow() {}

    /** Every IRI subject pointing at {@code thing}, by property IRI, each list in IRI order. */
    static SortedMap<String, List<Node>> all(Graph graph, Node thing) {
        SortedMap<String, List<Node>> all = new TreeMap<>();
        ExtendedIterator<Triple> incoming = graph.find(Node.ANY, Node.ANY, thing);
        try {
            while (incoming.hasNext()) {
                Triple t = incoming.next();
                if (t.getSubject().isURI()) {
                    all.computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>()).add(t.getSubject());
                }
            }
        } finally {
            incoming.close();
        }
        all.values().forEach(subjects -> subjects.sort(ORDER));
        return all;
    }

    /** Whether any property has more subjects than one page holds. */
    static boolean moreThanAPage(SortedMap<String, List<Node>> all, int size) {
        return all.values().stream().anyMatch(subjects -> subjects.size() > size);
    }

    /** The number of subjects by property of what {@link #all} gave. */
    static SortedMap<String, Long> counts(SortedMap<String, List<Node>> all) {
        SortedMap<String, Long> counts = new TreeMap<>();
        all.forEach((property, subjects) -> counts.put(property, (long) subjects.size()));
        return counts;
    }

    /** The subjects at {@code offset … offset + size - 1} of a list {@link #all} gave. */
    static List<Node> page(List<Node> sorted, long offset, int size) {
        int from = (int) Math.min(offset, sorted.size());
        return sorted.subList(from, Math.min(sorted.size(), from + size));
    }
}
