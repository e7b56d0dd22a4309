package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.pedigree.model.DatasetUse;
import org.pedigree.model.Derivation;
import org.pedigree.model.DirectLineage;
import org.pedigree.model.Link;
import org.pedigree.model.DescendantTree;
import org.pedigree.model.Impact;
import org.pedigree.model.LineageNode;
import org.pedigree.model.LineagePath;
import org.pedigree.model.PathStep;
import org.pedigree.model.Trace;
import org.pedigree.model.TrainingOperation;

/**
 * Lineage questions answered from the {@link LineageIndex}: the trace of a model to its roots, its
 * descendants grouped by kind, the impact of a model or dataset, the nearest common ancestor and
 * the lineage difference of two models. Results are plain records of {@code model}, ready for JSON.
 */
public final class LineageAnalytics {
    /** Paths listed in a trace before it says it is truncated. */
    public static final int MAX_PATHS = 100;
    /** The kinds of derivation, in the order the Hugging Face model tree lists them. */
    public static final List<String> KINDS = List.of("adapter", "finetune", "merge", "quantized", "unspecified");

    /** How many family summaries are kept per version of the index. */
    static final int FAMILIES_KEPT = 20_000;
    /** How many big families' sorted derivatives are kept per version of the index (a page of each). */
    static final int BIG_FAMILIES_KEPT = 2_000;
    /** A model with at least this many direct derivatives is a big family: what is said of it is kept per version of the index. */
    public static final int BIG_FAMILY = 50;

    private final LineageIndex index;
    private final Catalogue catalogue;
    /** The family summaries (descendants counted by kind, no page) of this version of the index: a hub's page asks for many. */
    private final FamilyMemo<Optional<DescendantTree>> families;
    /** The derivatives of the big families, sorted, of this version of the index. */
    private final FamilyMemo<Optional<DirectLineage>> bigDirects;

    /** @param catalogue where the operations of a trace's models are read (agents, dates), or null to leave them out */
    public LineageAnalytics(LineageIndex index, Catalogue catalogue) {
        this.index = index;
        this.catalogue = catalogue;
        this.families = new FamilyMemo<>(index::version, FAMILIES_KEPT);
        this.bigDirects = new FamilyMemo<>(index::version, BIG_FAMILIES_KEPT);
    }

    public LineageIndex index() {
        return index;
    }

    /** The node of an IRI the index knows, if it does. */
    public Optional<LineageNode> node(String iri) {
        return index.read(ix -> {
            LineageIndex.Entry e = ix.entry(iri);
            return e == null ? Optional.<LineageNode>empty() : Optional.of(Traversals.node(ix, e.id));
        });
    }

    /**
     * Every ancestor of a model within {@code maxDepth} (0 = up to the roots), as a graph and as
     * root paths, with the operations that made each model (read from the store).
     */
    public Optional<Trace> trace(String iri, int maxDepth) {
        return trace(iri, maxDepth, true);
    }

    /** As {@link #trace(String, int)}; without {@code operations} it answers from the index alone (no store read). */
    public Optional<Trace> trace(String iri, int maxDepth, boolean operations) {
        Optional<Trace> bare = index.read(ix -> {
            LineageIndex.Entry model = ix.entry(iri);
            if (model == null) {
                return Optional.<Trace>empty();
            }
            Traversals.Upward up = Traversals.up(ix, model.id, maxDepth);
            List<Trace.Ancestor> ancestors = new ArrayList<>();
            List<Trace.Edge> edges = new ArrayList<>();
            for (Map.Entry<Integer, Integer> a : up.depth().entrySet()) {
                LineageIndex.Entry e = ix.entry(a.getKey());
                if (a.getKey() != model.id) {
                    ancestors.add(new Trace.Ancestor(Traversals.node(ix, e.id), a.getValue(), e.parents.length == 0));
                }
                if (maxDepth > 0 && a.getValue() >= maxDepth) {
                    continue;
                }
                for (int i = 0; i < e.parents.length; i++) {
                    edges.add(new Trace.Edge(e.iri, ix.entry(e.parents[i]).iri, ix.topKind(e.parentKinds[i]), e.parentKinds[i], List.of(),
                            datasets(ix, e)));
                }
            }
            boolean[] truncated = {false};
            List<LineagePath> paths = new ArrayList<>();
            if (maxDepth == 0) {
                for (List<Integer> ids : Traversals.rootPaths(ix, model.id, MAX_PATHS, truncated)) {
                    List<PathStep> steps = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        steps.add(new PathStep(Traversals.node(ix, ids.get(i)),
                                i + 1 < ids.size() ? Traversals.kindBetween(ix, ids.get(i + 1), ids.get(i)) : null));
                    }
                    paths.add(new LineagePath(steps));
                }
            }
            return Optional.of(new Trace(Traversals.node(ix, model.id), maxDepth, ancestors, edges, paths, truncated[0]));
        });
        if (bare.isEmpty() || catalogue == null || !operations) {
            return bare;
        }
        // Operations (agents, dates) are read from the store, outside the index lock, in one query for every model of the trace.
        Trace t = bare.get();
        Map<String, List<TrainingOperation>> byModel = catalogue.operations(t.edges().stream().map(Trace.Edge::derived).distinct().toList());
        List<Trace.Edge> edges = t.edges().stream().map(edge -> new Trace.Edge(edge.derived(), edge.source(), edge.kind(), edge.kindIri(),
                byModel.getOrDefault(edge.derived(), List.of()), edge.datasets())).toList();
        return Optional.of(new Trace(t.model(), t.depthLimit(), t.ancestors(), edges, t.paths(), t.pathsTruncated()));
    }

    private static List<DatasetUse> datasets(LineageIndex ix, LineageIndex.Entry e) {
        List<DatasetUse> uses = new ArrayList<>();
        for (int i = 0; i < e.datasets.length; i++) {
            LineageIndex.Entry d = ix.entry(e.datasets[i]);
            uses.add(new DatasetUse(Traversals.node(ix, d.id), e.datasetRoles[i], d.version));
        }
        return uses;
    }

    /** Bases before derivatives' kinds: kind IRI (none first), then label, without case. */
    private static final Comparator<Derivation> BY_KIND_AND_LABEL = Comparator
            .comparing(Derivation::kindIri, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(d -> d.model().label().toLowerCase(Locale.ROOT));

    /**
     * A model's bases and the first {@code limit} of its direct derivatives, each with the kind of
     * its derivation as the record states it; empty when the index does not know {@code iri}.
     */
    public Optional<DirectLineage> direct(String iri, int limit) {
        return bigFamily(iri) ? bigDirects.get(limit + " " + iri, () -> sortDirect(iri, limit)) : sortDirect(iri, limit);
    }

    /**
     * Whether the model has so many direct derivatives ({@value #BIG_FAMILY}) that what must look at
     * all of them (its sorted derivatives, its picture) is kept per version of the index.
     */
    public boolean bigFamily(String iri) {
        return index.read(ix -> {
            LineageIndex.Entry e = ix.entry(iri);
            return e != null && e.childCount >= BIG_FAMILY;
        });
    }

    private Optional<DirectLineage> sortDirect(String iri, int limit) {
        return index.read(ix -> {
            LineageIndex.Entry model = ix.entry(iri);
            if (model == null) {
                return Optional.<DirectLineage>empty();
            }
            List<Derivation> bases = new ArrayList<>();
            for (int i = 0; i < model.parents.length; i++) {
                bases.add(new Derivation(link(ix.entry(model.parents[i])), model.parentKinds[i]));
            }
            List<Derivation> derivatives = new ArrayList<>();
            for (int i = 0; i < model.childCount; i++) {
                LineageIndex.Entry child = ix.entry(model.children[i]);
                derivatives.add(new Derivation(link(child), kindIriOf(child, model.id)));
            }
            bases.sort(BY_KIND_AND_LABEL);
            derivatives.sort(BY_KIND_AND_LABEL);
            return Optional.of(new DirectLineage(bases, derivatives.subList(0, Math.min(limit, derivatives.size())), derivatives.size(),
                    datasets(ix, model)));
        });
    }

    private static Link link(LineageIndex.Entry e) {
        return new Link(e.iri, e.name);
    }

    private static String kindIriOf(LineageIndex.Entry derived, int source) {
        for (int i = 0; i < derived.parents.length; i++) {
            if (derived.parents[i] == source) {
                return derived.parentKinds[i];
            }
        }
        return null;
    }

    /**
     * The descendants of a model: direct derivatives and all descendants within {@code maxDepth}
     * (0 = all) counted by kind, and a page of the descendants of {@code kind} (null = any kind),
     * nearest first.
     */
    public Optional<DescendantTree> descendants(String iri, int maxDepth, String kind, int offset, int limit) {
        if (maxDepth == 0 && kind == null && limit == 0) {
            return families.get(iri, () -> countDescendants(iri, maxDepth, kind, offset, limit));
        }
        return countDescendants(iri, maxDepth, kind, offset, limit);
    }

    private Optional<DescendantTree> countDescendants(String iri, int maxDepth, String kind, int offset, int limit) {
        return index.read(ix -> {
            LineageIndex.Entry model = ix.entry(iri);
            if (model == null) {
                return Optional.<DescendantTree>empty();
            }
            Map<String, Integer> direct = zeroes();
            for (int i = 0; i < model.childCount; i++) {
                direct.merge(Traversals.kindBetween(ix, model.children[i], model.id), 1, Integer::sum);
            }
            Map<String, Integer> all = zeroes();
            List<DescendantTree.Descendant> page = new ArrayList<>();
            int[] counts = new int[2]; // total, matching
            Traversals.down(ix, List.of(model.id), maxDepth, (node, depth, from) -> {
                String k = Traversals.kindBetween(ix, node, from);
                all.merge(k, 1, Integer::sum);
                counts[0]++;
                if (kind == null || kind.equals(k)) {
                    if (counts[1] >= offset && page.size() < limit) {
                        page.add(new DescendantTree.Descendant(Traversals.node(ix, node), depth, k, ix.entry(from).iri));
                    }
                    counts[1]++;
                }
            });
            return Optional.of(new DescendantTree(Traversals.node(ix, model.id), direct, all, counts[0], maxDepth, kind, counts[1],
                    offset, limit, page));
        });
    }

    /**
     * Everything downstream of a model or a dataset: for a dataset, the models trained on it and
     * their descendants; counted by depth, with a page nearest first.
     */
    public Optional<Impact> impact(String iri, int offset, int limit) {
        return index.read(ix -> {
            LineageIndex.Entry subject = ix.entry(iri);
            if (subject == null) {
                return Optional.<Impact>empty();
            }
            List<DescendantTree.Descendant> page = new ArrayList<>();
            Map<Integer, Integer> byDepth = new TreeMap<>();
            int[] total = {0};
            Traversals.Visitor visitor = (node, depth, from) -> {
                byDepth.merge(depth, 1, Integer::sum);
                if (total[0] >= offset && page.size() < limit) {
                    String via = from == subject.id && subject.type == LineageIndex.Type.DATASET ? "trained-on" : Traversals.kindBetween(ix, node, from);
                    page.add(new DescendantTree.Descendant(Traversals.node(ix, node), depth, via, ix.entry(from).iri));
                }
                total[0]++;
            };
            if (subject.type == LineageIndex.Type.DATASET) {
                List<Integer> users = new ArrayList<>();
                for (int i = 0; i < subject.usedByCount; i++) {
                    int user = subject.usedBy[i];
                    users.add(user);
                    visitor.visit(user, 1, subject.id);
                }
                // Descendants of the users, one level further down than their base.
                Traversals.down(ix, users, 0, (node, depth, from) -> visitor.visit(node, depth + 1, from));
            } else {
                Traversals.down(ix, List.of(subject.id), 0, visitor);
            }
            return Optional.of(new Impact(Traversals.node(ix, subject.id), total[0], byDepth, offset, limit, page));
        });
    }

    /** The nearest common ancestors of two models (a model counts as its own ancestor), with the path from each. */
    public List<CommonAncestor> commonAncestors(String a, String b) {
        return index.read(ix -> {
            LineageIndex.Entry ea = ix.entry(a);
            LineageIndex.Entry eb = ix.entry(b);
            if (ea == null || eb == null) {
                return List.<CommonAncestor>of();
            }
            Traversals.Upward upA = Traversals.up(ix, ea.id, 0);
            Traversals.Upward upB = Traversals.up(ix, eb.id, 0);
            int best = Integer.MAX_VALUE;
            List<Integer> nearest = new ArrayList<>();
            for (Map.Entry<Integer, Integer> x : upA.depth().entrySet()) {
                Integer other = upB.depth().get(x.getKey());
                if (other == null) {
                    continue;
                }
                int distance = x.getValue() + other;
                if (distance < best) {
                    best = distance;
                    nearest.clear();
                }
                if (distance == best) {
                    nearest.add(x.getKey());
                }
            }
            return nearest.stream().map(id -> new CommonAncestor(Traversals.node(ix, id), upA.pathFrom(ix, id), upB.pathFrom(ix, id))).toList();
        });
    }

    /** A nearest common ancestor of two models and the path from it to each. */
    public record CommonAncestor(LineageNode ancestor, LineagePath toFirst, LineagePath toSecond) {}

    /** How the lineages of two models differ: ancestors and training datasets each has that the other lacks, and what they share. */
    public record LineageDiff(LineageNode first, LineageNode second, List<LineageNode> ancestorsOnlyFirst,
                              List<LineageNode> ancestorsOnlySecond, List<LineageNode> sharedAncestors, List<LineageNode> datasetsOnlyFirst,
                              List<LineageNode> datasetsOnlySecond, List<LineageNode> sharedDatasets) {}

    /** The lineage difference of two models. */
    public Optional<LineageDiff> diff(String a, String b) {
        return index.read(ix -> {
            LineageIndex.Entry ea = ix.entry(a);
            LineageIndex.Entry eb = ix.entry(b);
            if (ea == null || eb == null) {
                return Optional.<LineageDiff>empty();
            }
            var upA = Traversals.up(ix, ea.id, 0).depth().keySet();
            var upB = Traversals.up(ix, eb.id, 0).depth().keySet();
            var dataA = datasetsOf(ix, upA);
            var dataB = datasetsOf(ix, upB);
            return Optional.of(new LineageDiff(Traversals.node(ix, ea.id), Traversals.node(ix, eb.id),
                    nodes(ix, upA, upB, false, ea.id), nodes(ix, upB, upA, false, eb.id), nodes(ix, upA, upB, true, -1),
                    nodes(ix, dataA, dataB, false, -1), nodes(ix, dataB, dataA, false, -1), nodes(ix, dataA, dataB, true, -1)));
        });
    }

    private static Set<Integer> datasetsOf(LineageIndex ix, Set<Integer> models) {
        Set<Integer> datasets = new LinkedHashSet<>();
        for (int m : models) {
            for (int d : ix.entry(m).datasets) {
                datasets.add(d);
            }
        }
        return datasets;
    }

    private static List<LineageNode> nodes(LineageIndex ix, Set<Integer> from, Set<Integer> other, boolean shared,
                                           int leaveOut) {
        return from.stream().filter(id -> id != leaveOut && other.contains(id) == shared).map(id -> Traversals.node(ix, id))
                .sorted(Comparator.comparing(LineageNode::label)).toList();
    }

    private static Map<String, Integer> zeroes() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, 0));
        return counts;
    }
}
