package org.pedigree.store;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded TDB2 store, on disk. */
class Tdb2LineageStoreContractTest extends LineageStoreContract {
    @TempDir
    Path dir;
    private Tdb2LineageStore store;

    @Override
    LineageStore store() {
        store = Tdb2LineageStore.open(dir.resolve("tdb"));
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }
}
