package org.pedigree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.pedigree.cli.ConfigException;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordConflict;
import org.pedigree.model.PedigreeProblem.Kind;
import org.pedigree.model.PedigreeProblem;
import org.pedigree.publish.edge.PortInUseException;
import org.pedigree.store.BackupProblem;
import org.pedigree.store.StoreInUseException;
import org.pedigree.store.StoreUnavailableException;

/** What each problem the user can fix means to a client of the server and to a shell: one table, in {@link Kind}. */
class ProblemKindsTest {
    private static void assertMeans(int status, PedigreeProblem problem) {
        assertEquals(status, problem.kind().httpStatus(), problem.getClass().getSimpleName());
        assertEquals(1, problem.kind().exitCode(), problem.getClass().getSimpleName());
    }

    @Test
    void each_problem_has_its_status_and_exit_code_1() {
        assertMeans(400, new InputProblem("unreadable"));
        assertMeans(400, new BackupProblem("damaged"));
        assertMeans(400, new ConfigException("bad flag"));
        assertMeans(404, new RecordConflict("no such record", true));
        assertMeans(409, new RecordConflict("exists already", false));
        assertMeans(503, new StoreInUseException(Path.of("data"), "42", null));
        assertMeans(503, new StoreUnavailableException("does not answer", null));
        assertMeans(503, new PortInUseException(8080, null));
        assertEquals(507, Kind.STORE_FULL.httpStatus());
        assertEquals(1, Kind.STORE_FULL.exitCode());
    }

    @Test
    void a_client_hears_the_message_of_a_problem_with_its_request_but_not_one_of_the_server() {
        assertEquals("unreadable", new InputProblem("unreadable").publicDetail());
        String detail = new StoreInUseException(Path.of("secret-dir"), "42", null).publicDetail();
        assertFalse(detail.contains("secret-dir"), detail);
    }
}
