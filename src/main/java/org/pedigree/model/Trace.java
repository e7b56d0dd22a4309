package org.pedigree.model;

import java.util.List;

/**
 * Every ancestor of a model up to its roots (or up to a depth), as a graph — the ancestors with
 * their distance and the derivation edges between them, each with its kind, operation, datasets,
 * agents and dates — and as the list of paths from each root down to the model.
 *
 * @param depthLimit     the depth asked for, 0 for all
 * @param pathsTruncated true when there were more paths than listed (merges multiply them)
 */
public record Trace(LineageNode model, int depthLimit, List<Ancestor> ancestors, List<Edge> edges, List<LineagePath> paths,
                    boolean pathsTruncated) {
    /** An ancestor and its distance from the model (1 = a base). */
    public record Ancestor(LineageNode node, int depth, boolean root) {}

    /**
     * A derivation edge: {@code derived} was made from {@code source}, by a derivation of
     * {@code kind}; the operations that made {@code derived} (agents, dates) and its training datasets.
     */
    public record Edge(String derived, String source, String kind, String kindIri, List<TrainingOperation> operations,
                       List<DatasetUse> datasets) {}
}
