package org.pedigree.store;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.testing.StandaloneFuseki;

/** The store contract on a remote store: a real standalone Fuseki in its own process, configured as docs/deploy.md says. */
class RemoteLineageStoreContractTest extends LineageStoreContract {
    @TempDir
    static Path dir;
    static StandaloneFuseki fuseki;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = StandaloneFuseki.start(dir.resolve("fuseki"));
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.close();
    }

    @Override
    LineageStore store() {
        fuseki.clear();
        RemoteLineageStore store = RemoteLineageStore.connect(fuseki.datasetUrl());
        return store;
    }
}
