package org.pedigree.model;

import java.util.List;

/**
 * A model's direct neighbours: the bases it was derived from and its direct derivatives (one page
 * of them, a hub has thousands), each with the kind of the derivation, ordered by kind and name;
 * and the datasets it was trained on, with their roles and revisions.
 *
 * @param derivativeCount how many direct derivatives there are in all
 */
public record DirectLineage(List<Derivation> bases, List<Derivation> derivatives, int derivativeCount, List<DatasetUse> datasets) {
    public DirectLineage {
        bases = List.copyOf(bases);
        derivatives = List.copyOf(derivatives);
        datasets = List.copyOf(datasets);
    }

    /** How the model used the dataset {@code iri} (its role and revision), or null when it is not among its datasets. */
    public DatasetUse usage(String iri) {
        for (DatasetUse use : datasets) {
            if (use.dataset().iri().equals(iri)) {
                return use;
            }
        }
        return null;
    }

    /** True when the model declares no base: a root of its lineage tree (or only referenced). */
    public boolean isRoot() {
        return bases.isEmpty();
    }
}
