package org.pedigree.model;

import java.util.List;
import java.util.Map;

/**
 * What was made from a model, the way the Hugging Face model tree shows it: direct derivatives
 * counted by kind, all descendants (down to a depth) counted by the kind of the derivation that
 * reached them, and one page of descendants.
 *
 * @param direct     direct derivatives by kind (finetune, adapter, merge, quantized, unspecified)
 * @param all        every descendant within {@code depthLimit}, by the kind of its own derivation
 * @param total      the number of descendants within {@code depthLimit}
 * @param depthLimit the depth asked for, 0 for all
 * @param kind       the kind the page is filtered to, or null
 * @param matching   how many descendants the page's filter matches
 */
public record DescendantTree(LineageNode model, Map<String, Integer> direct, Map<String, Integer> all, int total, int depthLimit,
                             String kind, int matching, int offset, int limit, List<Descendant> page) {
    /** A descendant, its distance from the model, the kind of its derivation and the base it was reached through. */
    public record Descendant(LineageNode node, int depth, String kind, String via) {}
}
