package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedigree.model.AdvisoryStatus;
import org.pedigree.model.LineagePath;
import org.pedigree.model.PathStep;
import org.pedigree.vocab.PED;

/**
 * How advisories reach a model. An advisory affects a model or dataset; every model downstream —
 * derived from it, or trained on the dataset, and so on — inherits a status, in the manner of VEX:
 * what the advisory affects is {@code affected}; a model that states its own status for the
 * advisory ({@code ped:advisoryStatement}) overrides what it would inherit, and hands its status
 * down; a model with several parents inherits the most severe of theirs (affected, then under
 * investigation, then fixed, then not affected).
 */
public final class AdvisoryPropagation {
    /** The statuses, most severe first. */
    public static final List<String> SEVERITY = List.of("affected", "under_investigation", "fixed", "not_affected");
    private static final Map<String, String> STATUS_OF_IRI = Map.of(PED.NS + "Affected", "affected", PED.NS + "NotAffected", "not_affected",
            PED.NS + "Fixed", "fixed", PED.NS + "UnderInvestigation", "under_investigation");

    private final LineageIndex index;

    public AdvisoryPropagation(LineageIndex index) {
        this.index = index;
    }

    /** The status of a model for every advisory that reaches it. */
    public Optional<List<AdvisoryStatus>> of(String iri) {
        return index.read(ix -> {
            LineageIndex.Entry model = ix.entry(iri);
            return model == null ? Optional.<List<AdvisoryStatus>>empty() : Optional.of(compute(ix, model.id));
        });
    }

    /** Computes under the caller's read lock. */
    static List<AdvisoryStatus> compute(LineageIndex ix, int modelId) {
        List<AdvisoryStatus> statuses = new ArrayList<>();
        Set<Integer> lineage = Traversals.up(ix, modelId, 0).depth().keySet();
        for (int advisoryId : ix.advisoryIds()) {
            LineageIndex.Entry advisory = ix.entry(advisoryId);
            Set<Integer> affected = new HashSet<>();
            for (int a : advisory.affects) {
                affected.add(a);
            }
            boolean reaches = false;
            for (int node : lineage) {
                if (affected.contains(node) || usesAny(ix.entry(node), affected)) {
                    reaches = true;
                    break;
                }
            }
            if (reaches) {
                Resolved resolved = resolve(ix, modelId, advisory, affected, new HashMap<>());
                if (resolved != null) {
                    statuses.add(new AdvisoryStatus(Traversals.node(ix, advisoryId), advisory.advisoryKind, advisory.severity, resolved.status,
                            resolved.justification, resolved.path.steps().size() == 1 && resolved.stated, resolved.path));
                }
            }
        }
        return statuses;
    }

    private record Resolved(String status, String justification, boolean stated, LineagePath path) {}

    /** The status of {@code node} for the advisory, or null when the advisory does not reach it. */
    private static Resolved resolve(LineageIndex ix, int node, LineageIndex.Entry advisory, Set<Integer> affected, Map<Integer, Resolved> memo) {
        if (memo.containsKey(node)) {
            return memo.get(node);
        }
        memo.put(node, null); // guards against cycles in stored data
        LineageIndex.Entry e = ix.entry(node);
        Resolved result = null;
        String[] statement = e.statements.get(advisory.iri);
        if (statement != null && STATUS_OF_IRI.containsKey(statement[0])) {
            result = new Resolved(STATUS_OF_IRI.get(statement[0]), statement[1] != null ? statement[1] : "stated by " + label(ix, node),
                    true, single(ix, node));
        } else if (affected.contains(node)) {
            result = new Resolved("affected", "named by the advisory", false, single(ix, node));
        } else if (usesAny(e, affected)) {
            int dataset = firstUsed(e, affected);
            result = new Resolved("affected", "trained on " + label(ix, dataset), false,
                    new LineagePath(List.of(new PathStep(Traversals.node(ix, dataset), "trained-on"), new PathStep(Traversals.node(ix, node), null))));
        } else {
            for (int i = 0; i < e.parents.length; i++) {
                Resolved parent = resolve(ix, e.parents[i], advisory, affected, memo);
                if (parent == null) {
                    continue;
                }
                if (result == null || SEVERITY.indexOf(parent.status) < SEVERITY.indexOf(result.status)) {
                    List<PathStep> steps = new ArrayList<>(parent.path.steps());
                    PathStep last = steps.removeLast();
                    steps.add(new PathStep(last.node(), ix.topKind(e.parentKinds[i])));
                    steps.add(new PathStep(Traversals.node(ix, node), null));
                    result = new Resolved(parent.status, "inherited from " + label(ix, e.parents[i]) + " (" + parent.justification + ")", false,
                            new LineagePath(steps));
                }
            }
        }
        memo.put(node, result);
        return result;
    }

    private static boolean usesAny(LineageIndex.Entry e, Set<Integer> affected) {
        return firstUsed(e, affected) >= 0;
    }

    private static int firstUsed(LineageIndex.Entry e, Set<Integer> affected) {
        for (int d : e.datasets) {
            if (affected.contains(d)) {
                return d;
            }
        }
        return -1;
    }

    private static LineagePath single(LineageIndex ix, int node) {
        return new LineagePath(List.of(new PathStep(Traversals.node(ix, node), null)));
    }

    private static String label(LineageIndex ix, int node) {
        return Traversals.node(ix, node).label();
    }
}
