package org.pedigree.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.Pedigree;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.WriteMode;
import org.pedigree.model.AdvisoryStatus;
import org.pedigree.model.Completeness;
import org.pedigree.model.DescendantTree;
import org.pedigree.model.DirectLineage;
import org.pedigree.model.EffectiveLicence;
import org.pedigree.model.Impact;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.Trace;
import org.pedigree.model.TrainingOperation;
import org.pedigree.store.Tdb2LineageStore;

/** Each rule of the lineage analytics, pinned on hand-written fixtures and the demo lineage in a real TDB2 store. */
class LineageAnalyticsTest {
    static final String BASE = "http://pedigree.test/";
    static final InstanceIris IRIS = new InstanceIris(BASE);

    @TempDir
    Path dir;
    Tdb2LineageStore store;
    RecordWriter writer;
    RecordReaders readers;
    LineageService lineage;

    @BeforeEach
    void open() throws IOException {
        store = Tdb2LineageStore.open(dir);
        Pedigree app = Pedigree.over(store, IRIS, Clock.systemUTC());
        app.syncKnowledge();
        app.loadDemoIfNoRecords();
        writer = app.writer();
        readers = app.readers();
        try (InputStream in = getClass().getResourceAsStream("/lineage/licence-fixtures.trig")) {
            writer.write(readers.read(new RecordSource("licence-fixtures.trig", in.readAllBytes(), null)), WriteMode.UPSERT, false, "test");
        }
        lineage = app.lineage(); // told of the writer's commits
    }

    @AfterEach
    void close() {
        store.close();
    }

    static String model(String path) {
        return BASE + "model/" + path;
    }

    private EffectiveLicence licence(String path) {
        return lineage.licences().of(model(path)).orElseThrow();
    }

    private static Set<String> rules(EffectiveLicence licence) {
        return licence.conflicts().stream().map(EffectiveLicence.Conflict::rule).collect(Collectors.toSet());
    }

    @Test
    void a_trace_reaches_the_root_with_each_kind_and_the_operations() {
        Trace trace = lineage.analytics().trace(model("fx/llama2-apache-gguf"), 0).orElseThrow();
        assertEquals(List.of("llama2-apache", "base-llama2"), trace.ancestors().stream().map(a -> a.node().label()).toList());
        assertEquals(List.of(1, 2), trace.ancestors().stream().map(Trace.Ancestor::depth).toList());
        assertTrue(trace.ancestors().get(1).root());
        assertEquals(1, trace.paths().size());
        assertEquals("base-llama2 →finetune→ llama2-apache →quantized→ llama2-apache-gguf", trace.paths().getFirst().words());
        Trace.Edge gguf = trace.edges().getFirst();
        assertEquals("quantized", gguf.kind());
        assertTrue(gguf.kindIri().endsWith("/gguf"), "the narrow kind stays: " + gguf.kindIri());
        // depth-limited: only the direct base
        assertEquals(1, lineage.analytics().trace(model("fx/llama2-apache-gguf"), 1).orElseThrow().ancestors().size());

        Trace medcoder = lineage.analytics().trace(model("northbridge-health/medcoder-llama3-70b"), 0).orElseThrow();
        Trace.Edge sft = medcoder.edges().getFirst();
        assertEquals("Meta-Llama-3-70B", medcoder.ancestors().getFirst().node().label());
        assertFalse(sft.operations().isEmpty(), "the operation that made the model is in the trace");
        assertFalse(sft.operations().getFirst().agents().isEmpty(), "with its agent");
        assertFalse(sft.datasets().isEmpty());
        assertTrue(sft.datasets().stream().allMatch(d -> d.role() != null), sft.datasets().toString());
    }

    @Test
    void descendants_are_counted_by_kind_like_the_hub_model_tree_and_paged() {
        DescendantTree tree = lineage.analytics().descendants(model("mistralai/Mistral-7B-v0.1"), 0, null, 0, 5).orElseThrow();
        int direct = tree.direct().values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(direct >= 5, "the demo's Mistral family has many direct derivatives: " + tree.direct());
        assertTrue(tree.direct().get("quantized") > 0 && tree.direct().get("adapter") > 0 && tree.direct().get("merge") > 0, tree.direct().toString());
        assertTrue(tree.total() > direct, "the family has grandchildren too: " + tree.all());
        assertEquals(5, tree.page().size());
        DescendantTree llama2 = lineage.analytics().descendants(model("fx/base-llama2"), 0, null, 0, 10).orElseThrow();
        assertEquals(2, llama2.direct().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(3, llama2.total(), "the quantization of a fine-tune is a grandchild");
        assertEquals(2, lineage.analytics().descendants(model("fx/base-llama2"), 1, null, 0, 10).orElseThrow().total());
        DescendantTree quantized = lineage.analytics().descendants(model("mistralai/Mistral-7B-v0.1"), 1, "quantized", 0, 100).orElseThrow();
        assertEquals((int) tree.direct().get("quantized"), quantized.matching());
        assertTrue(quantized.page().stream().allMatch(d -> d.kind().equals("quantized") && d.depth() == 1));
    }

    @Test
    void a_models_direct_lineage_lists_bases_and_a_page_of_derivatives_ordered_by_kind_and_name() {
        String mistral = model("mistralai/Mistral-7B-v0.1");
        DirectLineage all = lineage.analytics().direct(mistral, 1000).orElseThrow();
        assertTrue(all.isRoot());
        assertEquals(all.derivativeCount(), all.derivatives().size());
        DescendantTree tree = lineage.analytics().descendants(mistral, 1, null, 0, 0).orElseThrow();
        assertEquals(tree.total(), all.derivativeCount(), "the same direct derivatives as the descendant tree");
        List<String> order = all.derivatives().stream().map(d -> (d.kindIri() == null ? "" : d.kindIri()) + " " + d.model().label().toLowerCase()).toList();
        assertEquals(order.stream().sorted().toList(), order, "by kind, then name");

        DirectLineage firstThree = lineage.analytics().direct(mistral, 3).orElseThrow();
        assertEquals(all.derivatives().subList(0, 3), firstThree.derivatives());
        assertEquals(all.derivativeCount(), firstThree.derivativeCount(), "the count is of all of them");

        DirectLineage gguf = lineage.analytics().direct(model("fx/llama2-apache-gguf"), 10).orElseThrow();
        assertEquals(1, gguf.bases().size());
        assertEquals(model("fx/llama2-apache"), gguf.bases().getFirst().model().iri());
        assertTrue(gguf.bases().getFirst().kindIri().endsWith("/gguf"), "the narrow kind: " + gguf.bases().getFirst().kindIri());
        assertTrue(lineage.analytics().direct(model("nobody/nothing"), 10).isEmpty());
    }

    @Test
    void an_operation_carries_its_hyper_parameters_and_code() {
        TrainingOperation sft = lineage.analytics().trace(model("northbridge-health/medcoder-llama3-70b"), 1).orElseThrow()
                .edges().getFirst().operations().getFirst();
        assertEquals(List.of("epochs", "global_batch_size", "learning_rate"), sft.hyperparameters().stream().map(TrainingOperation.HyperParameter::name).toList());
        assertEquals("3", sft.hyperparameters().getFirst().value());
        assertEquals("https://git.northbridge-health.example/ml/medcoder", sft.codeRepository());
        assertEquals("4f9c2e1a7b3d5f6e8a0c1b2d3e4f5a6b7c8d9e0f", sft.codeRevision());
        assertEquals(1, sft.agents().size(), "parameters do not multiply the agents");
        assertEquals(1, sft.datasets().size(), "nor the datasets");
    }

    @Test
    void the_impact_of_a_dataset_is_every_model_downstream_of_the_models_trained_on_it() {
        Impact impact = lineage.analytics().impact(BASE + "dataset/HuggingFaceH4/ultrachat_200k", 0, 100).orElseThrow();
        List<String> names = impact.page().stream().map(d -> d.node().label()).toList();
        assertTrue(names.contains("mistral-7b-sft-beta") && names.contains("zephyr-7b-beta"), names.toString());
        assertEquals("trained-on", impact.page().getFirst().kind());
        Impact root = lineage.analytics().impact(model("fx/base-llama2"), 0, 100).orElseThrow();
        assertEquals(3, root.total());
        assertEquals(java.util.Map.of(1, 2, 2, 1), root.byDepth());
    }

    @Test
    void the_nearest_common_ancestor_and_the_lineage_diff_of_two_models() {
        var common = lineage.analytics().commonAncestors(model("fx/llama2-apache-gguf"), model("fx/llama2-other"));
        assertEquals(List.of("base-llama2"), common.stream().map(c -> c.ancestor().label()).toList());
        var diff = lineage.analytics().diff(model("fx/llama3-good"), model("fx/my-finetune")).orElseThrow();
        assertEquals(List.of("Llama 3 base"), diff.sharedAncestors().stream().map(n -> n.label()).toList());
        assertEquals(List.of("nc-chats", "open-chats"), diff.datasetsOnlyFirst().stream().map(n -> n.label()).toList());
    }

    @Test
    void a_llama2_model_relicensed_apache_drops_its_duties_and_prohibitions_and_passes_them_on() {
        EffectiveLicence direct = licence("fx/llama2-apache");
        assertTrue(rules(direct).containsAll(Set.of("drops-prohibition", "drops-duty")), direct.conflicts().toString());
        assertTrue(direct.restrictions().contains("AcceptableUsePolicyDuty"), direct.restrictions().toString());
        EffectiveLicence quantized = licence("fx/llama2-apache-gguf");
        EffectiveLicence.Conflict conflict = quantized.conflicts().stream().filter(c -> c.rule().equals("drops-duty")).findFirst().orElseThrow();
        assertEquals("base-llama2 →finetune→ llama2-apache →quantized→ llama2-apache-gguf", conflict.path().words());
        assertTrue(quantized.rules().stream().anyMatch(r -> r.explanation().contains("base-llama2 →finetune→ llama2-apache →quantized→")));
        assertTrue(licence("fx/llama2-other").conflicts().isEmpty(), "the same licence as the base keeps every term");
    }

    @Test
    void non_commercial_is_inherited_and_a_permissive_relicence_is_a_conflict() {
        EffectiveLicence nc = licence("fx/nc-mit");
        assertTrue(nc.restrictions().contains("NonCommercialUse"));
        assertTrue(rules(nc).contains("drops-prohibition"), nc.conflicts().toString());
        assertTrue(nc.conflicts().stream().anyMatch(c -> c.message().contains("commercial use")), nc.conflicts().toString());
    }

    @Test
    void share_alike_breaks_and_incompatible_merges_are_flagged() {
        assertTrue(rules(licence("fx/sa-apache")).contains("share-alike-break"));
        EffectiveLicence merge = licence("fx/sa-nc-merge");
        assertTrue(rules(merge).contains("incompatible-merge"), merge.conflicts().toString());
        assertTrue(merge.restrictions().containsAll(List.of("NonCommercialUse", "ShareAlikeDuty")));
    }

    @Test
    void an_unknown_licence_is_reported_unknown_never_permissive() {
        EffectiveLicence unknown = licence("fx/unknown-child");
        assertTrue(unknown.restrictions().contains("UnknownLicence"), unknown.restrictions().toString());
        assertTrue(unknown.rules().stream().anyMatch(r -> r.type().equals("unknown") && r.explanation().contains("has no record")));
    }

    @Test
    void naming_duties_and_dataset_licences_are_checked() {
        assertTrue(rules(licence("fx/my-finetune")).contains("naming-duty"));
        EffectiveLicence good = licence("fx/llama3-good");
        assertFalse(rules(good).contains("naming-duty"), good.conflicts().toString());
        assertTrue(good.restrictions().contains("NonCommercialUse"), "trained on a non-commercial dataset");
        assertTrue(good.conflicts().stream().anyMatch(c -> c.severity().equals("warning") && c.path().words().startsWith("nc-chats →trained-on→")),
                good.conflicts().toString());
    }

    @Test
    void advisories_propagate_with_vex_statuses_and_a_statement_overrides_the_inherited_one() {
        AdvisoryStatus root = only(lineage.advisories().of(model("fx/base-llama2")).orElseThrow());
        assertEquals("affected", root.status());
        AdvisoryStatus other = only(lineage.advisories().of(model("fx/llama2-other")).orElseThrow());
        assertEquals("affected", other.status());
        assertEquals("base-llama2 →adapter→ llama2-other", other.path().words());
        AdvisoryStatus stated = only(lineage.advisories().of(model("fx/llama2-apache")).orElseThrow());
        assertEquals("not_affected", stated.status());
        assertTrue(stated.stated());
        AdvisoryStatus inherited = only(lineage.advisories().of(model("fx/llama2-apache-gguf")).orElseThrow());
        assertEquals("not_affected", inherited.status());
        assertFalse(inherited.stated());
        assertTrue(inherited.justification().contains("inherited from llama2-apache"), inherited.justification());
        assertTrue(lineage.advisories().of(model("fx/nc-mit")).orElseThrow().isEmpty());
    }

    private static AdvisoryStatus only(List<AdvisoryStatus> statuses) {
        assertEquals(1, statuses.size(), statuses.toString());
        return statuses.getFirst();
    }

    @Test
    void completeness_lists_what_an_auditor_would_miss() {
        Completeness bare = lineage.completeness().of(model("fx/unknown-child")).orElseThrow();
        assertTrue(bare.missing().stream().anyMatch(m -> m.startsWith("unknown parent")), bare.missing().toString());
        assertTrue(bare.missing().stream().anyMatch(m -> m.startsWith("operation missing")));
        assertTrue(bare.missing().stream().anyMatch(m -> m.startsWith("no checksum")));
        Completeness good = lineage.completeness().of(model("fx/llama3-good")).orElseThrow();
        assertEquals(1.0, good.score(), good.missing().toString());
        assertTrue(bare.score() < good.score());
    }

    @Test
    void computed_facts_are_published_as_rdf_and_follow_every_write() throws IOException {
        lineage.prepare();
        String graph = IRIS.lineageGraph();
        assertTrue(ask("ASK { GRAPH <" + graph + "> { <" + model("fx/nc-mit") + "> <https://w3id.org/pedigree#effectiveRestriction> "
                + "<https://w3id.org/pedigree#NonCommercialUse> } }"));
        // Relicensing the non-commercial base removes the restriction from its derivative, with no restart.
        String relicensed = "<record/fx--nc-base> { <model/fx/nc-base> a <https://w3id.org/pedigree#Model>, "
                + "<https://w3id.org/pedigree#RootModel>, <http://www.w3.org/ns/prov#Entity> ; <http://schema.org/name> \"nc-base\" ; "
                + "<http://schema.org/license> <http://spdx.org/licenses/Apache-2.0> ; <http://www.w3.org/ns/prov#wasGeneratedBy> <activity/fx--nc-base--pretraining> . "
                + "<activity/fx--nc-base--pretraining> a <https://w3id.org/pedigree#TrainingOperation>, <http://www.w3.org/ns/prov#Activity> ; "
                + "<https://w3id.org/pedigree#operationKind> <https://w3id.org/pedigree/kind/pretraining> . }";
        List<IncomingRecord> records = readers.read(new RecordSource("relicence.trig", relicensed.getBytes(java.nio.charset.StandardCharsets.UTF_8), null));
        writer.write(records, WriteMode.UPSERT, false, "test");
        assertFalse(ask("ASK { GRAPH <" + graph + "> { <" + model("fx/nc-mit") + "> <https://w3id.org/pedigree#effectiveRestriction> "
                + "<https://w3id.org/pedigree#NonCommercialUse> } }"));
        assertFalse(licence("fx/nc-mit").restrictions().contains("NonCommercialUse"));
        assertTrue(ask("ASK { GRAPH <" + graph + "> { ?m <https://w3id.org/pedigree#advisoryStatus> ?s . ?s <https://w3id.org/pedigree#vexStatus> "
                + "<https://w3id.org/pedigree#NotAffected> } }"));
    }

    @Test
    void answering_never_writes_so_the_index_is_not_rebuilt_for_nothing() {
        lineage.prepare();
        long generation = store.generation();
        for (int i = 0; i < 3; i++) {
            lineage.licences().of(model("fx/nc-mit")).orElseThrow();
            lineage.analytics().descendants(model("fx/base-llama2"), 0, null, 0, 10).orElseThrow();
        }
        assertEquals(generation, store.generation(), "reads left the store as it was");
        var index = lineage.analytics().index();
        lineage.licences().of(model("fx/nc-mit")).orElseThrow();
        assertTrue(index == lineage.analytics().index(), "the same index answers");
    }

    private boolean ask(String query) {
        return store.read(dsg -> org.apache.jena.query.QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query).build().execAsk());
    }
}
