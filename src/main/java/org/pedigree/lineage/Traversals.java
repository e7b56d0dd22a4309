package org.pedigree.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pedigree.model.LineageNode;
import org.pedigree.model.LineagePath;
import org.pedigree.model.PathStep;

/**
 * Walks of the {@link LineageIndex}, upwards (ancestors) and downwards (descendants), breadth first
 * so every node is reached by a shortest path. Callers hold the index's read lock.
 */
final class Traversals {
    /** The way up from a model: each ancestor's distance and the node it was first reached from. */
    record Upward(int start, Map<Integer, Integer> depth, Map<Integer, Integer> reachedFrom) {
        /** The path from {@code ancestor} down to the start, each step with the kind of the derivation below it. */
        LineagePath pathFrom(LineageIndex index, int ancestor) {
            List<PathStep> steps = new ArrayList<>();
            int current = ancestor;
            while (current != start) {
                int below = reachedFrom.get(current);
                steps.add(new PathStep(node(index, current), kindBetween(index, below, current)));
                current = below;
            }
            steps.add(new PathStep(node(index, start), null));
            return new LineagePath(steps);
        }
    }

    private Traversals() {}

    static LineageNode node(LineageIndex index, int id) {
        LineageIndex.Entry e = index.entry(id);
        return new LineageNode(e.iri, e.name, e.type.name().toLowerCase(Locale.ROOT));
    }

    /** The top kind of the derivation of {@code derived} from {@code source}. */
    static String kindBetween(LineageIndex index, int derived, int source) {
        LineageIndex.Entry e = index.entry(derived);
        for (int i = 0; i < e.parents.length; i++) {
            if (e.parents[i] == source) {
                return index.topKind(e.parentKinds[i]);
            }
        }
        return "unspecified";
    }

    /** Every ancestor of {@code start} within {@code maxDepth} (0 = all). */
    static Upward up(LineageIndex index, int start, int maxDepth) {
        Map<Integer, Integer> depth = new LinkedHashMap<>();
        Map<Integer, Integer> from = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        depth.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            int current = queue.poll();
            int d = depth.get(current);
            if (maxDepth > 0 && d >= maxDepth) {
                continue;
            }
            for (int parent : index.entry(current).parents) {
                if (!depth.containsKey(parent)) {
                    depth.put(parent, d + 1);
                    from.put(parent, current);
                    queue.add(parent);
                }
            }
        }
        return new Upward(start, depth, from);
    }

    /** Visits every descendant of the {@code starts} within {@code maxDepth} (0 = all), breadth first. */
    static void down(LineageIndex index, List<Integer> starts, int maxDepth, Visitor visitor) {
        BitSet seen = new BitSet(index.size());
        int[] queue = new int[64];
        int[] depths = new int[64];
        int head = 0;
        int tail = 0;
        for (int start : starts) {
            seen.set(start);
            if (tail == queue.length) {
                queue = Arrays.copyOf(queue, tail * 2);
                depths = Arrays.copyOf(depths, tail * 2);
            }
            queue[tail] = start;
            depths[tail++] = 0;
        }
        while (head < tail) {
            int current = queue[head];
            int d = depths[head++];
            if (maxDepth > 0 && d >= maxDepth) {
                continue;
            }
            LineageIndex.Entry e = index.entry(current);
            for (int i = 0; i < e.childCount; i++) {
                int child = e.children[i];
                if (seen.get(child)) {
                    continue;
                }
                seen.set(child);
                visitor.visit(child, d + 1, current);
                if (tail == queue.length) {
                    queue = Arrays.copyOf(queue, tail * 2);
                    depths = Arrays.copyOf(depths, tail * 2);
                }
                queue[tail] = child;
                depths[tail++] = d + 1;
            }
        }
    }

    /** Every path from a root (a node with no parent) down to {@code start}, at most {@code limit}. */
    static List<List<Integer>> rootPaths(LineageIndex index, int start, int limit, boolean[] truncated) {
        List<List<Integer>> paths = new ArrayList<>();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        collect(index, start, stack, paths, limit, truncated, new BitSet(index.size()));
        return paths;
    }

    private static void collect(LineageIndex index, int node, ArrayDeque<Integer> below, List<List<Integer>> paths, int limit,
                                boolean[] truncated, BitSet onPath) {
        if (paths.size() >= limit) {
            truncated[0] = true;
            return;
        }
        if (onPath.get(node)) {
            return; // a cycle in stored data (the shapes refuse them; stay safe anyway)
        }
        below.push(node);
        onPath.set(node);
        int[] parents = index.entry(node).parents;
        if (parents.length == 0) {
            List<Integer> path = new ArrayList<>(below);
            paths.add(Collections.unmodifiableList(path));
        } else {
            for (int parent : parents) {
                collect(index, parent, below, paths, limit, truncated, onPath);
            }
        }
        onPath.clear(node);
        below.pop();
    }

    /** Receives each descendant once, with its depth and the node it was reached from. */
    @FunctionalInterface
    interface Visitor {
        void visit(int node, int depth, int from);
    }
}
