package org.pedigree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.WriteMode;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.StoreSettings;
import org.pedigree.store.Tdb2LineageStore;

/** The application over one store: the start-up recipe, and the lineage following every write of its writer. */
class PedigreeTest {
    private static final InstanceIris IRIS = new InstanceIris("https://lineage.example.org/");

    @TempDir
    Path dir;

    @Test
    void prepare_remembers_the_base_uri_stores_the_knowledge_and_loads_the_demo_into_a_new_store_only() {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            Pedigree app = Pedigree.over(store, IRIS, Clock.systemUTC());
            app.prepare(true);
            assertEquals(Optional.of(IRIS.base()), StoreSettings.baseUri(store));
            assertEquals(0, app.syncKnowledge(), "the knowledge is stored already");
            assertTrue(app.overview().counts().models() > 10, "the demo's models: " + app.overview().counts());
            Long quads = store.read(dsg -> dsg.stream().count());
            app.prepare(true);
            assertEquals(quads, store.read(dsg -> dsg.stream().count()), "a second start changes nothing");
        }
    }

    @Test
    void prepare_without_the_demo_leaves_the_store_without_records() {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            Pedigree app = Pedigree.over(store, IRIS, Clock.systemUTC());
            app.prepare(false);
            assertEquals(0, app.overview().counts().models());
            assertEquals(17, app.loadDemoIfNoRecords(), "the demo goes through the application's writer");
        }
    }

    @Test
    void a_store_that_holds_iris_under_another_base_is_refused() {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            Pedigree.over(store, IRIS, Clock.systemUTC()).prepare(false);
            Pedigree other = Pedigree.over(store, new InstanceIris("http://localhost:8080/"), Clock.systemUTC());
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> other.prepare(true));
            assertTrue(refused.getMessage().contains("holds IRIs under " + IRIS.base() + ", not http://localhost:8080/"), refused.getMessage());
            assertEquals(0, other.overview().counts().models(), "nothing loaded");
        }
    }

    @Test
    void the_lineage_follows_every_write_of_the_writer() {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            Pedigree app = Pedigree.over(store, IRIS, Clock.systemUTC());
            app.prepare(true);
            app.lineage().prepare();
            String mistral = IRIS.modelOfHfId("mistralai/Mistral-7B-v0.1");
            int before = app.lineage().analytics().descendants(mistral, 0, null, 0, 5).orElseThrow().total();
            String record = "model: acme/mistral-tuned\nlicence: apache-2.0\nbases:\n  - model: mistralai/Mistral-7B-v0.1\n    relation: finetune\n";
            app.writer().write(app.readers().read(new RecordSource("tuned.yaml", record.getBytes(StandardCharsets.UTF_8), null)),
                    WriteMode.UPSERT, false, "test");
            assertEquals(before + 1, app.lineage().analytics().descendants(mistral, 0, null, 0, 5).orElseThrow().total());
        }
    }
}
