package org.pedigree.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.Pedigree;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.WriteOutcome;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.ModelSummary;
import org.pedigree.model.StoreCounts;
import org.pedigree.store.Tdb2LineageStore;

/** The home page's counts and lists, read from the lineage index, agree with the analytics and follow every write. */
class StoreOverviewTest {
    static final String BASE = "http://pedigree.test/";

    @TempDir
    Path dir;
    Tdb2LineageStore store;
    Pedigree app;

    @BeforeEach
    void open() {
        store = Tdb2LineageStore.open(dir);
        app = Pedigree.over(store, new InstanceIris(BASE), Clock.systemUTC());
        app.syncKnowledge();
        app.loadDemoIfNoRecords();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void roots_are_the_largest_families_first_with_the_analytics_counts() {
        List<ModelSummary> roots = app.overview().roots(20);
        assertTrue(roots.size() >= 2, roots.toString());
        for (int i = 1; i < roots.size(); i++) {
            assertTrue(roots.get(i - 1).descendants() >= roots.get(i).descendants(), "largest family first: " + roots);
        }
        for (ModelSummary root : roots) {
            long counted = app.lineage().analytics().descendants(root.model().iri(), 0, null, 0, 0).orElseThrow().total();
            assertEquals(counted, root.descendants(), "the family of " + root.model().iri());
            assertTrue(app.lineage().analytics().direct(root.model().iri(), 1).orElseThrow().isRoot(), root + " declares no base");
        }
    }

    @Test
    void models_are_listed_by_hub_id_and_counted_like_the_store() {
        List<ModelSummary> models = app.overview().models(100);
        List<String> ids = models.stream().map(m -> m.hfId().toLowerCase()).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "in id order");
        StoreCounts counts = app.overview().counts();
        assertEquals(models.size(), counts.models(), "the demo has fewer than 100 models: all are listed");
        assertEquals(count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <http://schema.org/Dataset> }"), counts.datasets());
        assertNotNull(counts.records(), "a small store is counted before the answer");
        assertEquals(count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER STRSTARTS(STR(?g), \"" + BASE + "record/\") }"),
                counts.records());
    }

    @Test
    void a_write_moves_the_counts_and_the_families_at_once() {
        ModelSummary largest = app.overview().roots(1).getFirst();
        long models = app.overview().counts().models();
        String root = largest.model().iri();
        String id = root.substring((BASE + "model/").length());
        String derivative = "<record/test--zz-new-finetune> { <model/test/zz-new-finetune> a <https://w3id.org/pedigree#Model>, "
                + "<http://www.w3.org/ns/prov#Entity> ; <http://schema.org/name> \"zz-new-finetune\" ; "
                + "<http://schema.org/license> <http://spdx.org/licenses/Apache-2.0> ; "
                + "<http://www.w3.org/ns/prov#wasDerivedFrom> <model/" + id + "> ; <http://www.w3.org/ns/prov#qualifiedDerivation> [ "
                + "a <http://www.w3.org/ns/prov#Derivation> ; <http://www.w3.org/ns/prov#entity> <model/" + id + "> ; "
                + "<https://w3id.org/pedigree#derivationKind> <https://w3id.org/pedigree/kind/finetune> ] . }";
        WriteOutcome outcome = app.writer().write(app.readers().read(new RecordSource("new.trig", derivative.getBytes(StandardCharsets.UTF_8), null)),
                WriteMode.UPSERT, false, "test");
        assertTrue(outcome.committed(), outcome.toString());
        assertEquals(models + 1, app.overview().counts().models());
        assertEquals(largest.descendants() + 1, app.overview().roots(1).getFirst().descendants(), "the family grew by one");
        assertEquals(records(), app.overview().counts().records(), "the new record is counted");
    }

    private long records() {
        return count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER STRSTARTS(STR(?g), \"" + BASE + "record/\") }");
    }

    private long count(String sparql) {
        return store.select(QueryFactory.create(sparql), row -> row.getLiteral("n").getLong()).getFirst();
    }
}
