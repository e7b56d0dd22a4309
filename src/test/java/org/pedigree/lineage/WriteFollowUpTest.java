package org.pedigree.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.Pedigree;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.testing.TrigRecords;

/**
 * Between a write's commit and the lineage index following it, lineage questions are answered
 * from the index of just before the write: not by building the index again from the store (at a
 * million models, minutes during which every lineage question waits), and the service says it is
 * not current, so the page cache keeps nothing rendered meanwhile.
 */
class WriteFollowUpTest {
    static final String BASE = "http://pedigree.test/";
    static final InstanceIris IRIS = new InstanceIris(BASE);
    static final String BASE_MODEL = BASE + "model/fx/base";
    static final String DERIVATIVE = BASE + "model/fx/derivative";

    @TempDir
    Path dir;
    Tdb2LineageStore store;
    Pedigree app;
    /** What the writer would answer to {@code settled()}: false from a write's commit until this service was told of it. */
    final AtomicBoolean settled = new AtomicBoolean(true);
    LineageService lineage;

    @BeforeEach
    void open() {
        store = Tdb2LineageStore.open(dir);
        app = Pedigree.over(store, IRIS, Clock.systemUTC());
        app.syncKnowledge();
        write("""
                <record/fx--base> {
                  <model/fx/base> a ped:Model, ped:RootModel, prov:Entity ; schema:name "base" ; schema:license spdx:MIT ;
                    prov:wasGeneratedBy <activity/fx--base--pretraining> .
                  <activity/fx--base--pretraining> a ped:TrainingOperation, prov:Activity ; ped:operationKind kind:pretraining .
                }
                """);
        // a second service over the same store, which the test tells of the writes itself
        lineage = new LineageService(store, IRIS, app.catalogue(), settled::get);
        lineage.prepare();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void write(String... records) {
        TrigRecords.write(app, records);
    }

    private void writeTheDerivative() {
        write("""
                <record/fx--derivative> {
                  <model/fx/derivative> a ped:Model, prov:Entity ; schema:name "derivative" ; schema:license spdx:MIT ;
                    prov:wasDerivedFrom <model/fx/base> ;
                    prov:qualifiedDerivation [ a prov:Derivation ; prov:entity <model/fx/base> ; ped:derivationKind kind:finetune ] .
                }
                """);
    }

    private int derivativesOfTheBase() {
        return lineage.analytics().direct(BASE_MODEL, 10).orElseThrow().derivativeCount();
    }

    @Test
    void between_the_commit_and_the_follow_up_the_index_of_before_the_write_answers() {
        assertTrue(lineage.current());
        settled.set(false); // the write's commit, before its listeners are told
        writeTheDerivative();

        assertFalse(lineage.current(), "the index does not reflect the committed write yet");
        assertEquals(0, derivativesOfTheBase(), "answered from the index of before the write, not built again from the store");
        assertTrue(lineage.analytics().direct(DERIVATIVE, 10).isEmpty(), "the new model is not in the index yet");

        lineage.changed(Set.of(DERIVATIVE, BASE_MODEL));
        settled.set(true);
        assertTrue(lineage.current());
        assertEquals(1, derivativesOfTheBase());
    }

    @Test
    void a_write_the_service_is_never_told_of_is_read_from_the_store() {
        writeTheDerivative(); // settled: no write of this writer is waiting to be followed

        assertFalse(lineage.current());
        assertEquals(1, derivativesOfTheBase(), "the index is built again from the store, which holds the write");
        assertTrue(lineage.current());
    }
}
