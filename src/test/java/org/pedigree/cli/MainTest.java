package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.Tdb2LineageStore;

/** Exit codes and messages of the command line (the serve path that blocks is covered by LauncherIT). */
class MainTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void help_lists_serve_and_exits_zero() {
        Result result = run(Map.of(), "--help");
        assertEquals(0, result.code());
        assertTrue(result.out().contains("serve"), result.out());
        Result serveHelp = run(Map.of(), "serve", "--help");
        assertEquals(0, serveHelp.code());
        assertTrue(serveHelp.out().contains("--base-uri") && serveHelp.out().contains("PEDIGREE_DATA"), serveHelp.out());
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_exit_1() {
        Result result = run(Map.of(), "serve", "--prot", "8080");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("Unknown option") && result.err().contains("'--prot'"), result.err());
        assertTrue(result.err().contains("pedigree serve --help"), result.err());
    }

    @Test
    void a_bad_configuration_value_exits_1_with_one_clear_line() {
        Result result = run(Map.of("PEDIGREE_PORT", "eighty"), "serve", "--data", dir.toString());
        assertEquals(1, result.code());
        assertEquals("pedigree: environment variable PEDIGREE_PORT = 'eighty' is not a port number: use a whole number "
                + "from 0 to 65535 (0 picks a free port)", result.err().strip());
    }

    @Test
    void a_remote_store_that_does_not_answer_is_exit_1_naming_the_flag() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Result result = run(Map.of(), "serve", "--store", "remote", "--store-url", "http://localhost:" + closedPort + "/ds", "--data", dir.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("does not answer SPARQL queries") && result.err().contains("(--store-url)"), result.err());
    }

    @Test
    void a_port_in_use_exits_1_naming_the_port() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Result result = run(Map.of(), "serve", "--port", String.valueOf(taken.getLocalPort()), "--data", dir.toString());
            assertEquals(1, result.code());
            assertTrue(result.err().contains("port " + taken.getLocalPort() + " is already in use"), result.err());
        }
        // The failed start released the store: it opens again.
        Tdb2LineageStore.open(dir).close();
    }
}
