package org.pedigree.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/**
 * Big TriG and N-Quads files are read as a stream, record by record, stored in one pass and
 * validated in the next: the outcome is the one of reading them whole, on a real TDB2 store.
 */
class RecordFilesTest {
    static final String PREFIXES = """
            @prefix prov: <http://www.w3.org/ns/prov#> . @prefix schema: <http://schema.org/> .
            @prefix ped: <https://w3id.org/pedigree#> . @prefix kind: <https://w3id.org/pedigree/kind/> .
            @prefix spdx: <http://spdx.org/licenses/> .
            """;

    @TempDir
    Path dir;
    Tdb2LineageStore store;
    RecordWriter writer;

    @BeforeEach
    void open() {
        store = Tdb2LineageStore.open(dir.resolve("db"));
        Knowledge.bundled().syncInto(store);
        writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), RecordWriterTest.IRIS, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A record: model acme/mI fine-tuned from acme/mBASE. */
    static String record(int i, String base) {
        return "<record/acme--m" + i + "> { <model/acme/m" + i + "> a ped:Model ; schema:name \"m" + i + "\" ; schema:license spdx:MIT ;\n"
                + "  prov:wasDerivedFrom <model/acme/" + base + "> ;\n"
                + "  prov:qualifiedDerivation [ a prov:Derivation ; prov:entity <model/acme/" + base + "> ; ped:derivationKind kind:finetune ] . }\n";
    }

    Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static RecordFiles streamed(Path file) {
        return new RecordFiles(RecordReadersTest.READERS, List.of(), List.of(file), null, 0);
    }

    static RecordFiles whole(Path file) {
        return new RecordFiles(RecordReadersTest.READERS, List.of(), List.of(file), null, Long.MAX_VALUE);
    }

    String dump() {
        StringWriter out = new StringWriter();
        store.read(dsg -> { RDFDataMgr.write(out, dsg, Lang.NQUADS); return null; });
        return out.toString().lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void a_cycle_between_the_first_and_a_later_chunk_refuses_both_records_and_stores_nothing() throws IOException {
        // 2,600 records validate in two chunks: acme/m0 (first chunk) and acme/m2500 (second) derive from each other.
        StringBuilder trig = new StringBuilder(PREFIXES);
        for (int i = 0; i < 2600; i++) {
            trig.append(record(i, i == 0 ? "m2500" : i == 2500 ? "m0" : "root"));
        }
        Path file = file("many.trig", trig.toString());
        String before = dump();

        WriteOutcome refused = writer.write(streamed(file), WriteMode.UPSERT, false, "test", WriteProgress.NONE);
        assertFalse(refused.committed(), "refused whole: nothing stored");
        assertEquals(List.of("acme--m0", "acme--m2500"), refused.refusedIds());
        assertEquals(2, refused.violations().size());
        assertTrue(refused.violations().stream().allMatch(f -> f.message().contains("cannot form a cycle")
                && f.source().equals(file.toString())), refused.violations().toString());
        assertEquals(before, dump(), "a refused batch changes nothing");

        WriteOutcome whole = writer.write(RecordReadersTest.READERS.read(new RecordSource(file.toString(), Files.readAllBytes(file), null)),
                WriteMode.UPSERT, false, "test");
        assertFalse(whole.committed(), "refused whole: nothing stored");
        assertEquals(whole.findings(), refused.findings(), "the same report as the file read whole");
    }

    @Test
    void partial_stores_what_passes_of_a_streamed_file_and_reports_the_same_as_a_whole_one() throws IOException {
        Path file = file("mixed.trig", PREFIXES + record(1, "root") + record(2, "m2") + record(3, "m1"));
        assertEquals(writer.check(whole(file)).findings(), writer.check(streamed(file)).findings(), "the same report as the file read whole");
        WriteOutcome streamed = writer.write(streamed(file), WriteMode.UPSERT, true, "test", WriteProgress.NONE);
        assertEquals(List.of("acme--m2"), streamed.refusedIds());
        assertEquals(List.of("acme--m1", "acme--m3"), streamed.stored().stream().map(WriteOutcome.Stored::id).toList());
        boolean storedM3 = store.read(dsg -> dsg.containsGraph(NodeFactory.createURI(RecordWriterTest.IRIS.record("acme--m3"))));
        assertTrue(storedM3);

        WriteOutcome again = writer.write(whole(file), WriteMode.UPSERT, true, "test", WriteProgress.NONE);
        assertTrue(again.stored().stream().allMatch(WriteOutcome.Stored::unchanged), "loaded again, nothing changed");
    }

    @Test
    void a_record_graph_that_comes_back_later_in_a_streamed_file_is_refused_with_the_fix() throws IOException {
        Path file = file("split.trig", PREFIXES + record(1, "root") + record(2, "root")
                + "<record/acme--m1> { <model/acme/m1> schema:description \"more\" . }\n");
        String before = dump();
        InputProblem problem = assertThrows(InputProblem.class,
                () -> writer.write(streamed(file), WriteMode.UPSERT, false, "test", WriteProgress.NONE));
        assertTrue(problem.getMessage().startsWith(file + ": the record graph " + RecordWriterTest.BASE + "record/acme--m1 comes back after other graphs"),
                problem.getMessage());
        assertTrue(problem.getMessage().contains("sort the file by graph, or split it"), problem.getMessage());
        assertEquals(before, dump());
    }

    @Test
    void a_syntax_error_anywhere_in_a_streamed_file_is_reported_first_with_its_line() throws IOException {
        Path file = file("late-error.trig", PREFIXES + "<not-a-record> { <model/acme/x> a ped:Model . }\n"
                + record(1, "root") + "<record/acme--m2> { <model/acme/m2> a ped:Model ; schema:name \"m2 . }\n");
        String streamedError = assertThrows(InputProblem.class,
                () -> writer.write(streamed(file), WriteMode.UPSERT, false, "test", WriteProgress.NONE)).getMessage();
        String wholeError = assertThrows(InputProblem.class,
                () -> writer.write(whole(file), WriteMode.UPSERT, false, "test", WriteProgress.NONE)).getMessage();
        assertTrue(streamedError.startsWith(file + " line 9"), streamedError);
        assertEquals(wholeError, streamedError);
    }

    @Test
    void bad_bytes_and_graphs_that_are_not_records_get_the_messages_of_a_file_read_whole() throws IOException {
        List<Path> files = new ArrayList<>();
        byte[] latin1 = (PREFIXES + "# caf\u00e9\n" + record(1, "root")).getBytes(StandardCharsets.ISO_8859_1);
        files.add(Files.write(dir.resolve("latin1.trig"), latin1));
        files.add(file("stray.trig", PREFIXES + record(1, "root") + "<model/acme/m1> schema:description \"outside\" .\n"));
        files.add(file("named.nq", "<https://example.org/g> <https://example.org/s> <https://example.org/p> \"o\" <https://example.org/g> .\n"));
        files.add(file("blank.trig", "  \n\n"));
        for (Path file : files) {
            String streamedError = assertThrows(InputProblem.class,
                    () -> writer.write(streamed(file), WriteMode.UPSERT, false, "test", WriteProgress.NONE)).getMessage();
            String wholeError = assertThrows(InputProblem.class,
                    () -> writer.write(whole(file), WriteMode.UPSERT, false, "test", WriteProgress.NONE)).getMessage();
            assertEquals(wholeError, streamedError);
        }
    }

    @Test
    void a_file_changed_between_the_store_and_the_validation_pass_stores_nothing() throws IOException {
        for (long streamFrom : new long[] {0, Long.MAX_VALUE}) {
            Path file = file("changing.trig", PREFIXES + record(1, "root") + record(2, "root"));
            RecordFiles files = new RecordFiles(RecordReadersTest.READERS, List.of(), List.of(file), null, streamFrom);
            RecordBatch changedAfterFirstPass = new RecordBatch() {
                private int passes;

                @Override
                public void forEach(java.util.function.Consumer<IncomingRecord> each) {
                    files.forEach(each);
                    if (passes++ == 0) {
                        try {
                            Files.writeString(file, PREFIXES + record(1, "root") + record(2, "m2"));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }

                @Override
                public long size() {
                    return -1;
                }
            };
            String before = dump();
            InputProblem problem = assertThrows(InputProblem.class,
                    () -> writer.write(changedAfterFirstPass, WriteMode.UPSERT, false, "test", WriteProgress.NONE));
            assertTrue(problem.getMessage().startsWith(file + ": changed while it was being loaded"), problem.getMessage());
            assertEquals(before, dump(), "nothing of it is stored");
        }
    }
}
