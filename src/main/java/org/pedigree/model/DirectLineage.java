package org.pedigree.model;

import java.util.List;

/**
 * A model's direct neighbours: the bases it was derived from and its direct derivatives (one page
 * of them, a hub has thousands), each with the kind of the derivation, ordered by kind and name.
 *
 * @param derivativeCount how many direct derivatives there are in all
 */
public record DirectLineage(List<Derivation> bases, List<Derivation> derivatives, int derivativeCount) {
    public DirectLineage {
        bases = List.copyOf(bases);
        derivatives = List.copyOf(derivatives);
    }

    /** True when the model declares no base: a root of its lineage tree (or only referenced). */
    public boolean isRoot() {
        return bases.isEmpty();
    }
}
