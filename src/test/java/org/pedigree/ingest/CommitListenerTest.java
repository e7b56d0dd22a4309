package org.pedigree.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/** Every listener of a writer is told of its commits, what they touched, and only while it listens. */
class CommitListenerTest {
    @TempDir
    Path dir;
    Tdb2LineageStore store;
    RecordWriter writer;

    @BeforeEach
    void open() {
        store = Tdb2LineageStore.open(dir);
        Knowledge.bundled().syncInto(store);
        writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), RecordWriterTest.IRIS, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void every_listener_is_told_the_models_a_write_and_a_retirement_touched() {
        List<Set<String>> first = new ArrayList<>();
        List<Set<String>> second = new ArrayList<>();
        writer.addCommitListener(first::add);
        writer.addCommitListener(second::add);
        writer.write(RecordWriterTest.derived("acme/tuned", "acme/base", "mit"), WriteMode.UPSERT, false, "test");
        String tuned = RecordWriterTest.IRIS.modelOfHfId("acme/tuned");
        assertEquals(1, first.size());
        assertTrue(first.getFirst().contains(tuned), first.toString());
        assertEquals(first, second);

        writer.retire("acme--tuned", "test");
        assertEquals(2, first.size());
        assertTrue(first.get(1).contains(tuned), "a retirement tells what the record described: " + first);
    }

    @Test
    void a_removed_listener_is_told_nothing_more() {
        List<Set<String>> told = new ArrayList<>();
        CommitListener listener = told::add;
        writer.addCommitListener(listener);
        writer.write(RecordWriterTest.derived("acme/one", "acme/base", "mit"), WriteMode.UPSERT, false, "test");
        writer.removeCommitListener(listener);
        writer.write(RecordWriterTest.derived("acme/two", "acme/base", "mit"), WriteMode.UPSERT, false, "test");
        assertEquals(1, told.size());
    }

    @Test
    void a_listener_that_does_not_listen_yet_is_told_of_the_commit_without_what_it_touched() {
        List<Set<String>> told = new ArrayList<>();
        writer.addCommitListener(new CommitListener() {
            @Override
            public void committed(Set<String> things) {
                told.add(things);
            }

            @Override
            public boolean listening() {
                return false;
            }
        });
        writer.write(RecordWriterTest.derived("acme/tuned", "acme/base", "mit"), WriteMode.UPSERT, false, "test");
        assertEquals(List.of(Set.of()), told, "nothing collected for a listener that builds its view later");
    }
}
