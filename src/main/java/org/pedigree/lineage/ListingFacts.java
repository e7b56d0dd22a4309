package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

import org.pedigree.model.AdvisoryStatus;

/**
 * What the browse lists show of each model and dataset, read from the {@link LineageIndex}: its
 * name, Hub id, description, licences, direct bases with the top kind of each derivation, and for
 * a model its effective restrictions ({@link LicenceInheritance}) and the worst status of the
 * advisories that reach it ({@link AdvisoryPropagation}) — the values {@link ComputedLineage}
 * publishes in {@code meta/lineage}. The index's read lock is taken for a batch of things at a
 * time, so a write waits for one batch, not for every model of a large store.
 *
 * <pre>{@code
 * ListingFacts.of(index, List.of(iri), (thing, facts) -> show(facts)); // facts null: not a model or dataset (any more)
 * }</pre>
 */
public final class ListingFacts {
    /** How many things are read under one hold of the index's read lock. */
    private static final int BATCH = 500;
    /** The advisory status of a model no advisory reaches. */
    public static final String NO_ADVISORY = "none";

    /**
     * One model or dataset. {@code restrictions} are names of {@code ped:} individuals
     * ({@code NonCommercialUse}); {@code advisory} is the most severe status in
     * {@link AdvisoryPropagation#SEVERITY} order, or {@link #NO_ADVISORY}; a dataset has neither.
     */
    public record Listed(String iri, LineageIndex.Type type, String name, String hfId, String description, List<String> licences,
                         List<String> bases, List<String> baseKinds, List<String> restrictions, String advisory) {}

    private ListingFacts() {}

    /** Gives {@code each} the facts of every model and dataset the index holds, in id order. */
    public static void all(LineageIndex index, BiConsumer<String, Listed> each) {
        for (int from = 0; from < index.read(LineageIndex::size); from += BATCH) {
            int start = from;
            List<Listed> batch = index.read(ix -> {
                List<Listed> read = new ArrayList<>(BATCH);
                for (int id = start; id < Math.min(ix.size(), start + BATCH); id++) {
                    Listed facts = listed(ix, ix.entry(id));
                    if (facts != null) {
                        read.add(facts);
                    }
                }
                return read;
            });
            batch.forEach(facts -> each.accept(facts.iri(), facts));
        }
    }

    /** Gives {@code each} every IRI of {@code iris} with its facts, or with null when it is not (or no longer) a model or dataset. */
    public static void of(LineageIndex index, Collection<String> iris, BiConsumer<String, Listed> each) {
        List<String> all = List.copyOf(iris);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> some = all.subList(from, Math.min(all.size(), from + BATCH));
            List<Listed> batch = index.read(ix -> {
                List<Listed> read = new ArrayList<>(some.size());
                for (String iri : some) {
                    LineageIndex.Entry e = ix.entry(iri);
                    read.add(e == null ? null : listed(ix, e));
                }
                return read;
            });
            for (int i = 0; i < some.size(); i++) {
                each.accept(some.get(i), batch.get(i));
            }
        }
    }

    /** The facts of one entry, under the caller's read lock; null when it is neither a model nor a dataset. */
    private static Listed listed(LineageIndex ix, LineageIndex.Entry e) {
        if (e.type != LineageIndex.Type.MODEL && e.type != LineageIndex.Type.DATASET) {
            return null;
        }
        List<String> bases = new ArrayList<>(e.parents.length);
        List<String> kinds = new ArrayList<>(e.parents.length);
        for (int i = 0; i < e.parents.length; i++) {
            bases.add(ix.entry(e.parents[i]).iri);
            kinds.add(ix.topKind(e.parentKinds[i]));
        }
        boolean model = e.type == LineageIndex.Type.MODEL;
        return new Listed(e.iri, e.type, e.name, e.hfId, e.description, List.of(e.licences), List.copyOf(bases), List.copyOf(kinds),
                model ? LicenceInheritance.compute(ix, e.id).restrictions() : List.of(), model ? worstAdvisory(ix, e.id) : NO_ADVISORY);
    }

    private static String worstAdvisory(LineageIndex ix, int id) {
        String worst = NO_ADVISORY;
        for (AdvisoryStatus status : AdvisoryPropagation.compute(ix, id)) {
            // a word outside the scale is published as ped:Affected (ComputedLineage), so it is affected here too
            String word = AdvisoryPropagation.SEVERITY.contains(status.status()) ? status.status() : "affected";
            if (worst.equals(NO_ADVISORY) || AdvisoryPropagation.SEVERITY.indexOf(word) < AdvisoryPropagation.SEVERITY.indexOf(worst)) {
                worst = word;
            }
        }
        return worst;
    }
}
