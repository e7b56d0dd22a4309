package org.pedigree.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.RecordInfo;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/** Validated, transactional, versioned writes on a real TDB2 store. */
class RecordWriterTest {
    static final String BASE = "https://lineage.example.org/";
    static final InstanceIris IRIS = new InstanceIris(BASE);

    @TempDir
    Path dir;
    Tdb2LineageStore store;
    RecordWriter writer;
    RecordHistory history;

    @BeforeEach
    void open() {
        store = Tdb2LineageStore.open(dir);
        Knowledge.bundled().syncInto(store);
        writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), IRIS, Clock.systemUTC());
        history = new RecordHistory(store, IRIS);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static List<IncomingRecord> yaml(String name, String text) {
        return RecordReadersTest.READERS.read(new RecordSource(name, text.getBytes(StandardCharsets.UTF_8), null));
    }

    static List<IncomingRecord> derived(String model, String base, String licence) {
        return yaml(model.replace('/', '-') + ".yaml", "model: " + model + "\nname: " + model + "\nlicence: " + licence
                + "\nbases:\n  - model: " + base + "\n    relation: finetune\n");
    }

    String dump() {
        StringWriter out = new StringWriter();
        store.read(dsg -> { RDFDataMgr.write(out, dsg, Lang.NQUADS); return null; });
        return out.toString().lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void a_record_is_stored_once_and_reloading_it_unchanged_adds_no_version() {
        WriteOutcome first = writer.write(derived("acme/tuned", "acme/base", "mit"), WriteMode.UPSERT, false, "test");
        assertEquals(List.of(new WriteOutcome.Stored("acme--tuned", 1, false)), first.stored());
        WriteOutcome again = writer.write(derived("acme/tuned", "acme/base", "mit"), WriteMode.UPSERT, false, "test");
        assertEquals(List.of(new WriteOutcome.Stored("acme--tuned", 1, true)), again.stored());
        assertEquals(1, history.record("acme--tuned").orElseThrow().versions().size());
    }

    @Test
    void replacing_keeps_the_earlier_version_readable() {
        writer.write(derived("acme/tuned", "acme/base", "mit"), WriteMode.UPSERT, false, "alice");
        writer.write(derived("acme/tuned", "acme/base", "apache-2.0"), WriteMode.REPLACE, false, "bob");
        RecordInfo info = history.record("acme--tuned").orElseThrow();
        assertEquals(2, info.version());
        assertEquals(List.of("alice", "bob"), info.versions().stream().map(RecordInfo.Version::submittedBy).toList());
        var licence = NodeFactory.createURI("http://schema.org/license");
        var model = NodeFactory.createURI(BASE + "model/acme/tuned");
        assertTrue(history.version("acme--tuned", 1).orElseThrow().contains(model, licence, NodeFactory.createURI("http://spdx.org/licenses/MIT")));
        assertTrue(history.current("acme--tuned").orElseThrow().contains(model, licence, NodeFactory.createURI("http://spdx.org/licenses/Apache-2.0")));
        assertTrue(history.version("acme--tuned", 2).orElseThrow().isIsomorphicWith(history.current("acme--tuned").orElseThrow()));
        boolean linked = store.read(dsg -> dsg.getGraph(NodeFactory.createURI(IRIS.recordMetadataGraph())).contains(
                NodeFactory.createURI(IRIS.recordVersion("acme--tuned", 2)), NodeFactory.createURI("http://www.w3.org/ns/prov#wasRevisionOf"),
                NodeFactory.createURI(IRIS.recordVersion("acme--tuned", 1))));
        assertTrue(linked, "version 2 prov:wasRevisionOf version 1");
    }

    @Test
    void a_refused_batch_leaves_the_store_exactly_as_it_was() {
        writer.write(derived("acme/tuned", "acme/base", "mit"), WriteMode.UPSERT, false, "test");
        String before = dump();
        List<IncomingRecord> batch = new java.util.ArrayList<>(derived("acme/good", "acme/base", "mit"));
        batch.addAll(yaml("self.yaml", "model: acme/loop\nlicence: mit\nbases:\n  - model: acme/loop\n    relation: finetune\n"));
        batch.addAll(derived("acme/tuned", "acme/base", "apache-2.0"));
        WriteOutcome refused = writer.write(batch, WriteMode.UPSERT, false, "test");
        assertFalse(refused.committed(), "refused whole: nothing stored");
        assertEquals(List.of("acme--loop"), refused.refusedIds());
        assertTrue(refused.violations().getFirst().message().contains("declares itself as its own base model"));
        assertEquals(before, dump());
    }

    @Test
    void partial_stores_the_good_records_and_reports_the_others() {
        List<IncomingRecord> batch = new java.util.ArrayList<>(derived("acme/good", "acme/base", "mit"));
        batch.addAll(yaml("bad.yaml", "model: acme/nobase\nlicence: mit\n"));
        WriteOutcome outcome = writer.write(batch, WriteMode.UPSERT, true, "test");
        assertEquals(List.of("acme--nobase"), outcome.refusedIds());
        assertEquals(List.of("acme--good"), outcome.stored().stream().map(WriteOutcome.Stored::id).toList());
        assertTrue(history.current("acme--good").isPresent());
        assertFalse(history.current("acme--nobase").isPresent());
    }

    @Test
    void a_cycle_across_two_writes_is_refused_on_the_second() {
        writer.write(derived("acme/b", "acme/a", "mit"), WriteMode.UPSERT, false, "test");
        WriteOutcome refused = writer.write(derived("acme/a", "acme/b", "mit"), WriteMode.UPSERT, false, "test");
        assertFalse(refused.committed(), "refused whole: nothing stored");
        assertTrue(refused.violations().getFirst().message().contains("cannot form a cycle"));
        assertFalse(history.current("acme--a").isPresent());
    }

    @Test
    void a_cycle_through_a_chain_of_stored_records_is_refused() {
        writer.write(derived("acme/b", "acme/a", "mit"), WriteMode.UPSERT, false, "test");
        writer.write(derived("acme/c", "acme/b", "mit"), WriteMode.UPSERT, false, "test");
        writer.write(derived("acme/d", "acme/c", "mit"), WriteMode.UPSERT, false, "test");
        WriteOutcome refused = writer.write(derived("acme/a", "acme/d", "mit"), WriteMode.UPSERT, false, "test");
        assertFalse(refused.committed(), "refused whole: nothing stored");
        assertTrue(refused.violations().getFirst().message().contains("cannot form a cycle"));
    }

    @Test
    void a_base_named_before_its_own_record_links_up_when_the_record_arrives() {
        writer.write(derived("acme/tuned", "acme/base", "mit"), WriteMode.UPSERT, false, "test");
        var typeModel = NodeFactory.createURI("https://w3id.org/pedigree#Model");
        var base = NodeFactory.createURI(BASE + "model/acme/base");
        boolean describedBefore = store.read(dsg -> dsg.getUnionGraph().contains(base, org.apache.jena.vocabulary.RDF.type.asNode(), typeModel));
        assertFalse(describedBefore);
        writer.write(yaml("base.yaml", "model: acme/base\nname: base\nlicence: mit\nroot: true\noperation:\n  agent: acme\n"),
                WriteMode.UPSERT, false, "test");
        long derivatives = store.read(dsg -> dsg.getUnionGraph().find(null, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), base).toList().size());
        assertEquals(1, derivatives);
        boolean describedAfter = store.read(dsg -> dsg.getUnionGraph().contains(base, org.apache.jena.vocabulary.RDF.type.asNode(), typeModel));
        assertTrue(describedAfter);
    }

    @Test
    void retiring_marks_the_model_withdrawn_and_keeps_the_history() {
        writer.write(derived("acme/tuned", "acme/base", "mit"), WriteMode.UPSERT, false, "test");
        assertEquals(2, writer.retire("acme--tuned", "admin"));
        RecordInfo info = history.record("acme--tuned").orElseThrow();
        assertTrue(info.retired());
        assertEquals(2, info.versions().size());
        assertTrue(history.current("acme--tuned").orElseThrow().contains(NodeFactory.createURI(BASE + "model/acme/tuned"),
                NodeFactory.createURI("http://www.w3.org/ns/prov#wasInvalidatedBy"), null));
        assertThrows(RecordConflict.class, () -> writer.retire("acme--tuned", "admin"));
        assertThrows(RecordConflict.class, () -> writer.retire("acme--never", "admin"));
    }

    @Test
    void create_refuses_an_existing_record_and_replace_a_missing_one() {
        writer.write(derived("acme/tuned", "acme/base", "mit"), WriteMode.CREATE, false, "test");
        assertFalse(assertThrows(RecordConflict.class, () -> writer.write(derived("acme/tuned", "acme/base", "mit"), WriteMode.CREATE, false, "test")).missing());
        assertTrue(assertThrows(RecordConflict.class, () -> writer.write(derived("acme/other", "acme/base", "mit"), WriteMode.REPLACE, false, "test")).missing());
    }

    @Test
    void two_records_with_one_id_in_a_batch_are_refused_naming_both_sources() {
        List<IncomingRecord> batch = new java.util.ArrayList<>(derived("acme/tuned", "acme/base", "mit"));
        batch.addAll(yaml("copy.yaml", "model: acme/tuned\nlicence: mit\nbases:\n  - model: acme/base\n    relation: adapter\n"));
        String message = assertThrows(InputProblem.class, () -> writer.write(batch, WriteMode.UPSERT, false, "test")).getMessage();
        assertTrue(message.contains("appears twice in one batch (acme-tuned.yaml and copy.yaml)"), message);
    }

    @Test
    void validation_only_stores_nothing() {
        String before = dump();
        WriteOutcome outcome = writer.check(derived("acme/tuned", "acme/base", "mit"));
        assertTrue(outcome.refusedIds().isEmpty());
        assertEquals(before, dump());
    }
}
