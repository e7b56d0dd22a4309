package org.pedigree.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The statements pointing at a thing, read from a graph's indexes a page at a time: counted by
 * property, and for one property the subjects of one page in the order of their IRIs — the
 * order {@code describe-incoming.rq} asks a remote store for with {@code ORDER BY ?in}. The
 * indexes iterate in the order of their internal node ids, which no SPARQL store can repeat, so a
 * page is chosen while iterating: a bounded heap keeps the smallest {@code offset + size}
 * subjects, or the largest {@code count - offset} when that is fewer (the last pages), never all
 * of them for the first pages, at most half of them for a page in the middle.
 */
final class IncomingWindow {
    /** IRIs in the order of SPARQL's ORDER BY: their code points (String order, as ARQ compares IRIs). */
    static final Comparator<Node> ORDER = Comparator.comparing(Node::getURI);

    private IncomingWindow() {}

    /** The number of IRI subjects pointing at {@code thing}, by property IRI. */
    static SortedMap<String, Long> count(Graph graph, Node thing) {
        SortedMap<String, Long> counts = new TreeMap<>();
        ExtendedIterator<Triple> incoming = graph.find(Node.ANY, Node.ANY, thing);
        try {
            while (incoming.hasNext()) {
                Triple t = incoming.next();
                if (t.getSubject().isURI()) {
                    counts.merge(t.getPredicate().getURI(), 1L, Long::sum);
                }
            }
        } finally {
            incoming.close();
        }
        return counts;
    }

    /** Every IRI subject pointing at {@code thing}, by property IRI, each list in IRI order (for a hub, kept between pages). */
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

    /**
     * The IRI subjects of {@code (?, property, thing)} at {@code offset … offset + size - 1} in IRI
     * order, {@code count} being how many there are in all.
     */
    static List<Node> subjects(Graph graph, Node property, Node thing, long count, long offset, int size) {
        if (offset >= count) {
            return List.of();
        }
        long end = Math.min(count, offset + size);
        boolean fromTheStart = end <= count - offset;
        // keep the smallest `end` subjects (drop the largest past it), or the largest `count - offset` (drop the smallest)
        long keep = fromTheStart ? end : count - offset;
        PriorityQueue<Node> kept = new PriorityQueue<>(fromTheStart ? ORDER.reversed() : ORDER);
        ExtendedIterator<Triple> incoming = graph.find(Node.ANY, property, thing);
        try {
            while (incoming.hasNext()) {
                Node subject = incoming.next().getSubject();
                if (subject.isURI()) {
                    kept.add(subject);
                    if (kept.size() > keep) {
                        kept.poll();
                    }
                }
            }
        } finally {
            incoming.close();
        }
        List<Node> sorted = new ArrayList<>(kept);
        sorted.sort(ORDER);
        int from = fromTheStart ? (int) offset : 0;
        return sorted.subList(Math.min(from, sorted.size()), Math.min(sorted.size(), from + (int) (end - offset)));
    }
}
