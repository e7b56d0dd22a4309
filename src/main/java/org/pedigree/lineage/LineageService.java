package org.pedigree.lineage;

import java.util.Collection;

import org.pedigree.model.InstanceIris;
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
    private volatile Prepared prepared;
    /** The store generation the index reflects; another value means a write this service was not told of. */
    private volatile long generation;

    private record Prepared(LineageIndex index, ComputedLineage computed, LineageAnalytics analytics, LicenceInheritance licences,
                            AdvisoryPropagation advisories, CompletenessCheck completeness) {}

    public LineageService(LineageStore store, InstanceIris iris, Catalogue catalogue) {
        this.store = store;
        this.iris = iris;
        this.catalogue = catalogue;
    }

    /** Builds the index from the store and brings the computed facts up to date (once). */
    public synchronized void prepare() {
        if (prepared != null) {
            return;
        }
        long start = System.nanoTime();
        long seen = store.generation();
        LineageIndex index = LineageIndex.build(store);
        ComputedLineage computed = new ComputedLineage(store, index, iris.lineageGraph());
        int changes = computed.syncAll();
        prepared = new Prepared(index, computed, new LineageAnalytics(index, catalogue), new LicenceInheritance(index),
                new AdvisoryPropagation(index), new CompletenessCheck(store, index));
        generation = changes > 0 ? store.generation() : seen; // the sync's own write is not a change to follow
        LOG.info("Lineage index ready: {} nodes in {} ms; {} computed facts updated", index.read(LineageIndex::size),
                (System.nanoTime() - start) / 1_000_000, changes);
    }

    /** Whether the index is built: from then on every write must be followed ({@link #changed}); before, none needs to be. */
    public boolean isPrepared() {
        return prepared != null;
    }

    /** Follows a committed write that described (before or after) these models, datasets and advisories. */
    public synchronized void changed(Collection<String> things) {
        Prepared p = prepared;
        if (p == null || things.isEmpty()) {
            return; // built later from the store, which already holds the write
        }
        p.index().refresh(things);
        p.computed().syncAfter(things);
        generation = store.generation();
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

    private Prepared ready() {
        if (prepared != null && store.generation() != generation) {
            rebuild(); // written by another publisher on the same remote store, or by a path that does not notify
        }
        Prepared p = prepared;
        if (p == null) {
            prepare();
            p = prepared;
        }
        return p;
    }

    private synchronized void rebuild() {
        if (prepared != null && store.generation() != generation) {
            LOG.info("The store changed under this publisher: rebuilding the lineage index");
            prepared = null;
            prepare();
        }
    }
}
