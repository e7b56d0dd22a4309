package org.pedigree.cli;

import java.time.Clock;

import org.pedigree.Pedigree;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.StoreInUseException;
import org.pedigree.store.Tdb2LineageStore;

/**
 * The embedded store opened by a data command, with Pedigree's knowledge in it, and the
 * application over it ({@link #pedigree}), which is what the commands use; {@link #store} is there for
 * what only an embedded store does (backup, compaction).
 */
final class LocalStore implements AutoCloseable {
    final Pedigree pedigree;
    final Tdb2LineageStore store;

    private LocalStore(Tdb2LineageStore store, String baseUri) {
        this.pedigree = Pedigree.over(store, new InstanceIris(baseUri), Clock.systemUTC());
        pedigree.syncKnowledge();
        this.store = store;
    }

    /** Opens the store of {@code config}; a store held by a running server is refused with advice. */
    static LocalStore open(DataConfig config) {
        try {
            Tdb2LineageStore store = Tdb2LineageStore.open(config.dataDir());
            try {
                String base = BaseUriCheck.resolve(store, config.baseUri(), DataConfig.DEFAULT_BASE, config.dataDir().toString());
                return new LocalStore(store, base);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (StoreInUseException e) {
            throw new ConfigException(e.getMessage() + " (a running server holds it? then use --server URL, e.g. --server http://localhost:8080/)");
        }
    }

    /** An empty store in memory (validation without a data directory). */
    static LocalStore inMemory(String baseUri) {
        return new LocalStore(Tdb2LineageStore.inMemory(), baseUri != null ? baseUri : DataConfig.DEFAULT_BASE);
    }

    /** Writes the lineage index snapshot if this command changed the store while following it, then closes the store. */
    @Override
    public void close() {
        try {
            pedigree.lineage().close();
        } finally {
            store.close();
        }
    }
}
