package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.function.Supplier;

import org.pedigree.model.InstanceIris;
import org.pedigree.model.Link;
import org.pedigree.model.ModelSummary;
import org.pedigree.model.StoreCounts;

/**
 * What the home page and the VoID description say of the whole store, without a query over the
 * store per request: the counts of models, referenced bases and datasets, the largest families and
 * the first models by id come from the lineage index (computed once per index version, in one
 * pass over it); the counts of operations, agents, records and triples from {@link Catalogue#recordCounts()},
 * counted in the background after the store changed.
 */
public final class StoreOverview {
    /** Roots and models kept per index version: the most a page lists. */
    static final int KEPT = 100;

    private static final Comparator<ModelSummary> LARGEST_FAMILY = Comparator.comparingLong(ModelSummary::descendants).reversed()
            .thenComparing(m -> m.model().label() == null ? "" : m.model().label()).thenComparing(m -> m.model().iri());

    private final Supplier<LineageIndex> index;
    private final Catalogue catalogue;
    private final InstanceIris iris;
    private volatile Summary summary;

    /** What one version of the index gives. */
    private record Summary(LineageIndex index, long version, long models, long referenced, long datasets, List<ModelSummary> roots,
                           List<ModelSummary> firstModels) {}

    /** @param index the lineage index as of now (built on first use by the lineage service) */
    public StoreOverview(Supplier<LineageIndex> index, Catalogue catalogue, InstanceIris iris) {
        this.index = index;
        this.catalogue = catalogue;
        this.iris = iris;
    }

    /** The counts: those of the index as of now, the others as last counted (null until the first count is done). */
    public StoreCounts counts() {
        Summary s = summary();
        return catalogue.recordCounts()
                .map(c -> new StoreCounts(s.models(), s.referenced(), s.datasets(), c.activities(), c.agents(), c.records(), c.triples()))
                .orElseGet(() -> new StoreCounts(s.models(), s.referenced(), s.datasets(), null, null, null, null));
    }

    /** Described models that declare no base, largest family first (then by name), at most {@value #KEPT}. */
    public List<ModelSummary> roots(int limit) {
        List<ModelSummary> roots = summary().roots();
        return roots.subList(0, Math.min(limit, roots.size()));
    }

    /** Described models in the order of their Hugging Face style id (or IRI), at most {@value #KEPT}. */
    public List<ModelSummary> models(int limit) {
        List<ModelSummary> models = summary().firstModels();
        return models.subList(0, Math.min(limit, models.size()));
    }

    /** The summary of the index as of now, summarised by one caller at a time (a pass over a million models takes a while). */
    private Summary summary() {
        LineageIndex now = index.get();
        Summary s = summary;
        if (s != null && s.index() == now && s.version() == now.version()) {
            return s;
        }
        synchronized (this) {
            s = summary;
            if (s == null || s.index() != now || s.version() != now.version()) {
                s = now.read(this::summarise);
                summary = s;
            }
            return s;
        }
    }

    /** One pass over the index: counts, the roots with their family sizes, and the first models by id. */
    private Summary summarise(LineageIndex ix) {
        long version = ix.version();
        long models = 0;
        long referenced = 0;
        long datasets = 0;
        PriorityQueue<ModelSummary> largest = new PriorityQueue<>(LARGEST_FAMILY.reversed());
        PriorityQueue<Sorted> first = new PriorityQueue<>(Comparator.comparing(Sorted::key).reversed());
        FamilyCounter families = new FamilyCounter(ix);
        for (int id = 0; id < ix.size(); id++) {
            LineageIndex.Entry e = ix.entry(id);
            switch (e.type) {
                case MODEL -> {
                    models++;
                    String hfId = iris.hfIdOf(e.iri).orElse(null);
                    keep(first, new Sorted((hfId != null ? hfId : e.iri).toLowerCase(Locale.ROOT),
                            new ModelSummary(new Link(e.iri, e.name), hfId, 0)), Comparator.comparing(Sorted::key));
                    if (e.parents.length == 0) {
                        keep(largest, new ModelSummary(new Link(e.iri, e.name), null, families.descendants(id)), LARGEST_FAMILY);
                    }
                }
                case DATASET -> datasets++;
                case REFERENCED -> referenced += e.childCount > 0 ? 1 : 0;
                default -> { }
            }
        }
        List<ModelSummary> roots = new ArrayList<>(largest);
        roots.sort(LARGEST_FAMILY);
        List<ModelSummary> firstModels = new ArrayList<>(first.stream().sorted(Comparator.comparing(Sorted::key)).map(Sorted::model).toList());
        return new Summary(ix, version, models, referenced, datasets, List.copyOf(roots), List.copyOf(firstModels));
    }

    /** Keeps the {@value #KEPT} smallest by {@code order} in {@code queue}, whose head is the largest of them. */
    private static <T> void keep(PriorityQueue<T> queue, T item, Comparator<? super T> order) {
        if (queue.size() < KEPT) {
            queue.add(item);
        } else if (order.compare(item, queue.peek()) < 0) {
            queue.poll();
            queue.add(item);
        }
    }

    private record Sorted(String key, ModelSummary model) {}

    /** Counts the descendants of one root after another, reusing one set of marks (cleared after each root). */
    private static final class FamilyCounter {
        private final LineageIndex index;
        private final BitSet seen;
        private int[] stack = new int[64];

        FamilyCounter(LineageIndex index) {
            this.index = index;
            this.seen = new BitSet(index.size());
        }

        long descendants(int root) {
            int[] visited = new int[16];
            int count = 0;
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                LineageIndex.Entry e = index.entry(stack[--top]);
                for (int i = 0; i < e.childCount; i++) {
                    int child = e.children[i];
                    if (child == root || seen.get(child)) {
                        continue;
                    }
                    seen.set(child);
                    if (count == visited.length) {
                        visited = Arrays.copyOf(visited, count * 2);
                    }
                    visited[count++] = child;
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = child;
                }
            }
            for (int i = 0; i < count; i++) {
                seen.clear(visited[i]);
            }
            return count;
        }
    }
}
