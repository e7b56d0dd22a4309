package org.pedigree.bench;

import java.util.Locale;

/**
 * The shape of a generated lineage graph, measured the way docs/benchmarks.md measures the real
 * Hugging Face graph: roots, merges, kinds, the fan-out distribution, depths, the biggest hub and
 * the biggest root family (counted along first parents). Also what the benchmark needs to know
 * about the graph, as properties.
 */
record GraphShape(int models, int roots, int merges, int[] kinds, int[] fanoutAtLeast, int maxDepth, int deepModels,
                  int[] depths, int hub, int hubChildren, int root, int rootFamily, int datasetUses, int advisories, String hubIri, String rootIri,
                  String modelPrefix, String leafIri, String tenIri) {
    static final int[] FANOUT_THRESHOLDS = {1, 2, 3, 5, 10, 20, 50, 100, 500, 1000};

    static GraphShape of(LineageGraphGenerator g) {
        int n = g.size();
        int roots = 0;
        int[] kinds = new int[5];
        int[] fanout = new int[FANOUT_THRESHOLDS.length];
        int[] depths = new int[6];
        int maxDepth = 0;
        int deep = 0;
        int hub = 0;
        int leaf = 0;
        int ten = -1;
        for (int i = 0; i < n; i++) {
            if (g.childrenOf(i) == 0) {
                leaf = i;
            }
            if (ten < 0 && g.childrenOf(i) == 10) {
                ten = i;
            }
            kinds[g.kindOf(i)]++;
            if (g.kindOf(i) == LineageGraphGenerator.ROOT) {
                roots++;
            }
            for (int t = 0; t < FANOUT_THRESHOLDS.length; t++) {
                if (g.childrenOf(i) >= FANOUT_THRESHOLDS[t]) {
                    fanout[t]++;
                }
            }
            if (g.childrenOf(i) > g.childrenOf(hub)) {
                hub = i;
            }
            int d = g.depthOf(i);
            depths[Math.min(5, d)]++;
            maxDepth = Math.max(maxDepth, d);
            if (d >= 20) {
                deep++;
            }
        }
        int[] family = new int[n];
        for (int i = n - 1; i > 0; i--) {
            if (g.kindOf(i) != LineageGraphGenerator.ROOT) {
                family[g.parentOf(i)] += family[i] + 1;
            }
        }
        int root = 0;
        for (int i = 0; i < n; i++) {
            if (g.kindOf(i) == LineageGraphGenerator.ROOT && family[i] > family[root]) {
                root = i;
            }
        }
        return new GraphShape(n, roots, g.merges(), kinds, fanout, maxDepth, deep, depths, hub, g.childrenOf(hub), root, family[root], g.datasetUses(),
                g.advisoryCount(), g.model(hub), g.model(root), g.model(0).substring(0, g.model(0).length() - 1),
                g.model(leaf), g.model(Math.max(ten, 0)));
    }

    /**
     * What the benchmark reads: how many models, how their IRIs are made, the hub and the root to
     * ask about, a leaf (no derivative) and a model with ten derivatives to compare the hub with.
     */
    String properties(String base) {
        return "base=" + base + "\nmodels=" + models + "\nmodelPrefix=" + modelPrefix + "\nhub=" + hubIri + "\nhubChildren=" + hubChildren + "\nroot=" + rootIri
                + "\nrootFamily=" + rootFamily + "\nleaf=" + leafIri + "\nten=" + tenIri + "\n";
    }

    /** The calibration figures, in the same terms as the note on the real graph. */
    String summary(long quads) {
        StringBuilder s = new StringBuilder();
        int derived = models - roots;
        s.append(String.format(Locale.ROOT, "models %d, quads %d, roots %d (%.1f%%)%n", models, quads, roots, 100.0 * roots / models));
        s.append(String.format(Locale.ROOT, "derived models by kind: finetune %.1f%%, quantized %.1f%%, merge %.1f%%, adapter %.1f%%%n",
                pct(kinds[0], derived), pct(kinds[1], derived), pct(kinds[2], derived), pct(kinds[3], derived)));
        s.append(String.format(Locale.ROOT, "multi-parent merges %d (%.2f%% of models)%n", merges, pct(merges, models)));
        s.append("models with >= k children:");
        for (int t = 0; t < FANOUT_THRESHOLDS.length; t++) {
            s.append(String.format(Locale.ROOT, " %d:%d", FANOUT_THRESHOLDS[t], fanoutAtLeast[t]));
        }
        s.append(String.format(Locale.ROOT, "%ndepth (first parents) 0..4, 5+: %d %d %d %d %d %d; max %d; %d models at depth >= 20%n",
                depths[0], depths[1], depths[2], depths[3], depths[4], depths[5], maxDepth, deepModels));
        s.append(String.format(Locale.ROOT, "biggest hub %s with %d children; biggest root family %s with %d descendants%n", hubIri, hubChildren, rootIri, rootFamily));
        s.append(String.format(Locale.ROOT, "models trained on a dataset %d; advisories %d%n", datasetUses, advisories));
        return s.toString();
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
