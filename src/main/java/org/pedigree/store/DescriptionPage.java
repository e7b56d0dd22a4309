package org.pedigree.store;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;

/**
 * One page of a thing's description, as {@link StoreReads#describe(String, int)} reads it: the
 * statements of the page, which page it is, and how many statements point at the thing by each
 * property in all (an IRI subject each; in the order of the property's IRI).
 * <p>
 * Page {@code k} (from 1) holds the thing's own statements (with the blank nodes they lead to,
 * one level deep), for each property pointing at it the subjects {@code (k-1)·N … k·N-1} in the
 * order of their IRIs, {@code N} being {@link #PER_PAGE}, and the labels of everything the page
 * links; a description has as many pages as its most-used incoming property needs, and at least one.
 *
 * <pre>{@code
 * DescriptionPage page = store.reads().describe(iri, 2).orElseThrow();
 * if (page.beyondLast()) { ... 404 ... }
 * long derivatives = page.incoming().getOrDefault(PROV.wasDerivedFrom.getURI(), 0L);
 * }</pre>
 *
 * @param graph    the statements of this page
 * @param page     which page, from 1
 * @param incoming the number of subjects pointing at the thing, in all pages, by property IRI
 */
public record DescriptionPage(Graph graph, int page, SortedMap<String, Long> incoming) {
    /** Statements pointing at a thing by one property that one page carries at most (a hub has thousands of derivatives). */
    public static final int PER_PAGE = 20;

    public DescriptionPage {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + page);
        }
        incoming = new TreeMap<>(incoming);
    }

    /** How many pages the description has: enough for its most-used incoming property, at least one. */
    public int pages() {
        long most = incoming.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (most + PER_PAGE - 1) / PER_PAGE));
    }

    /** Whether the description needs more than one page: only then do its documents say how it is paged. */
    public boolean paged() {
        return pages() > 1;
    }

    /** Whether this page comes after the last (it then holds the thing's own statements only). */
    public boolean beyondLast() {
        return page > pages();
    }

    /** The incoming properties with more subjects than one page holds, and their totals. */
    public SortedMap<String, Long> truncated() {
        SortedMap<String, Long> truncated = new TreeMap<>();
        for (Map.Entry<String, Long> e : incoming.entrySet()) {
            if (e.getValue() > PER_PAGE) {
                truncated.put(e.getKey(), e.getValue());
            }
        }
        return truncated;
    }

    /** The offset of this page's first subject in each incoming property's order. */
    long offset() {
        return (long) (page - 1) * PER_PAGE;
    }
}
