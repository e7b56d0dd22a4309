package org.pedigree.lineage.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.Pedigree;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.vocab.PED;
import org.pedigree.testing.TrigRecords;

/**
 * The browse lists follow the writes through the lineage index, row by row: an upstream licence
 * change reaches a descendant's effective restriction, a new name is found and suggested, a
 * record removed from the store leaves the list, an advisory's reach comes and goes, a dataset
 * derived from a dataset appears with its base, and the version the page cache keeps lists by
 * moves with each write — asked alone, as the page cache asks it, without anyone asking for the
 * lists. Followed write by write, the lists are those made afresh.
 */
class BrowseFollowsWritesTest {
    static final String BASE = "http://pedigree.test/";
    static final String ROOT = BASE + "model/fx/root";
    static final String CHILD = BASE + "model/fx/child";
    static final String GRANDCHILD = BASE + "model/fx/grandchild";

    @TempDir
    Path dir;
    Tdb2LineageStore store;
    Pedigree app;

    @BeforeEach
    void open() {
        store = Tdb2LineageStore.open(dir);
        app = Pedigree.over(store, new InstanceIris(BASE), Clock.systemUTC());
        app.syncKnowledge();
        write(root("spdx:MIT"), model("child", "root", "finetune"), model("grandchild", "child", "gguf"), """
                <record/dataset--fx--corpus> {
                  <dataset/fx/corpus> a schema:Dataset, prov:Entity ; schema:name "corpus" ; schema:license spdx:CC0-1.0 .
                }
                """);
        app.lineage().prepare();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String root(String licence) {
        return """
                <record/fx--root> {
                  <model/fx/root> a ped:Model, ped:RootModel, prov:Entity ; schema:name "root" ; schema:license %s ;
                    prov:wasGeneratedBy <activity/fx--root--pretraining> .
                  <activity/fx--root--pretraining> a ped:TrainingOperation, prov:Activity ; ped:operationKind kind:pretraining .
                }
                """.formatted(licence);
    }

    private static String model(String name, String base, String kind) {
        return named(name, name, base, kind);
    }

    private static String named(String name, String label, String base, String kind) {
        return """
                <record/fx--%1$s> {
                  <model/fx/%1$s> a ped:Model, prov:Entity ; schema:name "%2$s" ; schema:license spdx:MIT ;
                    schema:description "A %4$s of %3$s" ;
                    prov:wasDerivedFrom <model/fx/%3$s> ;
                    prov:qualifiedDerivation [ a prov:Derivation ; prov:entity <model/fx/%3$s> ; ped:derivationKind kind:%4$s ] .
                }
                """.formatted(name, label, base, kind);
    }

    private void write(String... records) {
        TrigRecords.write(app, records);
    }

    private BrowseCatalogue.Snapshot lists() {
        return app.browse().snapshot();
    }

    private static BrowseEntry row(BrowseIndex index, String iri) {
        return index.search(new BrowseIndex.Query(null, Map.of(), 0, 10_000)).page().stream().filter(e -> e.iri().equals(iri)).findFirst()
                .orElse(null);
    }

    private static List<String> found(BrowseIndex index, String words) {
        return index.search(new BrowseIndex.Query(words, Map.of(), 0, 100)).page().stream().map(BrowseEntry::label).toList();
    }

    @Test
    void a_licence_changed_upstream_shows_as_the_effective_restriction_of_a_descendant() {
        assertEquals(List.of(), row(lists().models(), GRANDCHILD).restrictions());

        write(root("spdx:CC-BY-NC-4.0"));

        BrowseIndex models = lists().models();
        assertEquals(List.of("NonCommercialUse"), row(models, GRANDCHILD).restrictions());
        List<String> nonCommercial = models.search(new BrowseIndex.Query(null, Map.of(BrowseIndex.Facet.RESTRICTION, "NonCommercialUse"), 0, 10))
                .page().stream().map(BrowseEntry::label).toList();
        assertEquals(List.of("child", "grandchild", "root"), nonCommercial);
        assertEquals("Creative Commons Attribution Non Commercial 4.0", lists().labels().get("http://spdx.org/licenses/CC-BY-NC-4.0"),
                "named as the licence knowledge names it");
    }

    @Test
    void a_renamed_model_is_found_and_suggested_by_its_new_name_only() {
        assertTrue(found(lists().models(), "child").contains("child"));

        write(named("child", "quokka-7b", "root", "finetune"));

        BrowseCatalogue.Snapshot lists = lists();
        assertEquals(List.of("quokka-7b"), found(lists.models(), "quokka"));
        assertEquals(List.of("grandchild"), found(lists.models(), "child"), "the grandchild's description still says child");
        assertEquals(List.of("quokka-7b"), lists.models().suggest("quok", 10).stream().map(BrowseEntry::label).toList());
        assertEquals("quokka-7b", lists.labels().get(CHILD), "the base facet of the grandchild names its base by the new name");
    }

    @Test
    void a_record_removed_from_the_store_leaves_the_list_and_its_derivative_names_its_base_by_its_iri() {
        long before = app.browse().version();
        assertTrue(row(lists().models(), CHILD) != null);

        // not through the writer (records are retired, never erased): as a restore, or another publisher, would
        store.write(dsg -> dsg.removeGraph(NodeFactory.createURI(BASE + "record/fx--child")));

        BrowseCatalogue.Snapshot lists = lists();
        assertNull(row(lists.models(), CHILD));
        assertEquals(2, lists.models().size());
        assertEquals(List.of(CHILD), row(lists.models(), GRANDCHILD).bases());
        assertEquals("fx/child", lists.labels().get(CHILD));
        assertNotEquals(before, lists.version());
    }

    @Test
    void a_retired_record_stays_in_the_list_as_it_did() {
        app.writer().retire("fx--child", "test");

        assertTrue(row(lists().models(), CHILD) != null, "a retired model keeps its record and its place in the lists");
    }

    @Test
    void an_advisory_reaches_the_descendants_and_leaves_them_when_it_names_another_model() {
        assertEquals("none", row(lists().models(), GRANDCHILD).advisory());

        write(advisory("child"));
        assertEquals("affected", row(lists().models(), GRANDCHILD).advisory());
        assertEquals("none", row(lists().models(), ROOT).advisory());

        write(advisory("root"), model("other", "root", "finetune"));
        assertEquals("affected", row(lists().models(), GRANDCHILD).advisory());
        write(advisory("other"));
        BrowseIndex models = lists().models();
        assertEquals("none", row(models, GRANDCHILD).advisory(), "the statuses the advisory no longer gives are gone");
        assertEquals("affected", row(models, BASE + "model/fx/other").advisory());
    }

    private static String advisory(String affected) {
        return """
                <record/advisory--fx-backdoor> {
                  <advisory/fx-backdoor> a ped:Advisory ; schema:name "Backdoor" ;
                    ped:affects <model/fx/%s> ; ped:advisoryKind ped:Backdoor ; ped:severity "high" .
                }
                """.formatted(affected);
    }

    @Test
    void a_dataset_derived_from_a_dataset_appears_with_its_base() {
        assertEquals(List.of("corpus"), found(lists().datasets(), "corpus"));

        write("""
                <record/dataset--fx--corpus-clean> {
                  <dataset/fx/corpus-clean> a schema:Dataset, prov:Entity ; schema:name "corpus clean" ; schema:license spdx:CC0-1.0 ;
                    prov:wasDerivedFrom <dataset/fx/corpus> .
                }
                """);

        BrowseEntry clean = row(lists().datasets(), BASE + "dataset/fx/corpus-clean");
        assertEquals(List.of(BASE + "dataset/fx/corpus"), clean.bases());
        assertEquals(List.of("corpus", "corpus clean"), found(lists().datasets(), "corpus"));
    }

    @Test
    void the_version_moves_after_a_write_without_anyone_asking_for_the_lists() throws InterruptedException {
        lists();
        long before = app.browse().version();
        assertEquals(before, app.browse().version(), "no write, no new version");

        write(model("new-one", "grandchild", "merge"));

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (app.browse().version() == before && System.nanoTime() < deadline) {
            Thread.sleep(20); // the page cache asks the version alone, and keeps a list while it stays
        }
        assertNotEquals(before, app.browse().version());
        assertTrue(row(lists().models(), BASE + "model/fx/new-one") != null);
        long after = app.browse().version();
        lists();
        assertEquals(after, app.browse().version(), "the lists asked again without a write keep their version");
    }

    @Test
    void the_lists_followed_write_by_write_are_the_lists_made_afresh_and_say_what_the_store_computed() {
        lists();
        write(root("spdx:CC-BY-NC-4.0"), advisory("child"), model("other", "root", "adapter"));
        write(named("grandchild", "gc", "other", "lora"));
        write(named("child", "child renamed", "root", "finetune"));
        BrowseCatalogue.Snapshot followed = lists();

        BrowseCatalogue.Snapshot afresh = new BrowseCatalogue(store, app.lineage()).snapshot();
        assertEquals(entries(afresh.models()), entries(followed.models()));
        assertEquals(entries(afresh.datasets()), entries(followed.datasets()));
        assertEquals(afresh.labels(), followed.labels());
        for (BrowseEntry e : entries(followed.models())) {
            assertEquals(computed(e.iri()), new TreeSet<>(e.restrictions()), e.iri());
        }
    }

    private static List<BrowseEntry> entries(BrowseIndex index) {
        List<BrowseEntry> all = new ArrayList<>(index.search(new BrowseIndex.Query(null, Map.of(), 0, 10_000)).page());
        all.sort(Comparator.comparing(BrowseEntry::iri));
        return all;
    }

    /** The effective restrictions {@code meta/lineage} holds for a model, by name. */
    private TreeSet<String> computed(String iri) {
        return store.read(dsg -> {
            TreeSet<String> names = new TreeSet<>();
            Node graph = NodeFactory.createURI(app.iris().lineageGraph());
            dsg.find(graph, NodeFactory.createURI(iri), PED.effectiveRestriction.asNode(), Node.ANY)
               .forEachRemaining(q -> names.add(q.getObject().getURI().substring(PED.NS.length())));
            return names;
        });
    }
}
