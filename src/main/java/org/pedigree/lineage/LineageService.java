package org.pedigree.lineage;

import java.util.Collection;

import org.pedigree.model.InstanceIris;
import org.pedigree.store.GenerationCache;
import org.pedigree.store.LineageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lineage analytics of one store, ready to use: the in-memory {@link LineageIndex} built once
 * ({@link #prepare()}, at the latest on first use), the computed facts published in
 * {@code BASE/meta/lineage}, and both kept current by {@link #changed(Collection)} after every write.
 */
public final class LineageService {
    private static final Logger LOG = LoggerFactory.getLogger(LineageService.class);

    private final LineageStore store;
    private final InstanceIris iris;
    private final Catalogue catalogue;
    /** Kept current by {@link #changed}; rebuilt when the store's generation moves without this service being told of the write. */
    private final GenerationCache<Prepared> prepared;

    private record Prepared(LineageIndex index, ComputedLineage computed, LineageAnalytics analytics, LicenceInheritance licences,
                            AdvisoryPropagation advisories, CompletenessCheck completeness) {}

    public LineageService(LineageStore store, InstanceIris iris, Catalogue catalogue) {
        this.store = store;
        this.iris = iris;
        this.catalogue = catalogue;
        this.prepared = GenerationCache.stamped(store, this::build);
    }

    /** Builds the index from the store and brings the computed facts up to date (once). */
    public void prepare() {
        if (prepared.last().isEmpty()) {
            prepared.get();
        }
    }

    private GenerationCache.Stamped<Prepared> build(long seen) {
        if (prepared.last().isPresent()) {
            LOG.info("The store changed under this publisher: rebuilding the lineage index");
        }
        long start = System.nanoTime();
        LineageIndex index = LineageIndex.build(store);
        ComputedLineage computed = new ComputedLineage(store, index, iris.lineageGraph());
        int changes = computed.syncAll();
        Prepared p = new Prepared(index, computed, new LineageAnalytics(index, catalogue), new LicenceInheritance(index),
                new AdvisoryPropagation(index), new CompletenessCheck(store, index));
        LOG.info("Lineage index ready: {} nodes in {} ms; {} computed facts updated", index.read(LineageIndex::size),
                (System.nanoTime() - start) / 1_000_000, changes);
        return new GenerationCache.Stamped<>(p, changes > 0 ? store.generation() : seen); // the sync's own write is not a change to follow
    }

    /** Whether the index is built: from then on every write must be followed ({@link #changed}); before, none needs to be. */
    public boolean isPrepared() {
        return prepared != null;
    }

    /** Follows a committed write that described (before or after) these models, datasets and advisories. */
    public void changed(Collection<String> things) {
        if (things.isEmpty()) {
            return;
        }
        // before the first build nothing is held: it is built later from the store, which already holds the write
        prepared.update(p -> {
            p.index().refresh(things);
            p.computed().syncAfter(things);
        });
    }

    public LineageAnalytics analytics() {
        return ready().analytics();
    }

    public LicenceInheritance licences() {
        return ready().licences();
    }

    public AdvisoryPropagation advisories() {
        return ready().advisories();
    }

    public CompletenessCheck completeness() {
        return ready().completeness();
    }

    /**
     * The index, built on first use, and again when the store changed under this publisher (written by another publisher on
     * the same remote store, or by a path that does not notify).
     */
    private Prepared ready() {
        return prepared.get();
    }
}
