package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.Pedigree;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;

/** The builder checks every setting before it binds, and serves the application it is given. */
class PedigreeServerBuilderTest {
    @TempDir
    Path dir;

    @Test
    void a_setting_out_of_range_is_refused_when_it_is_made() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withMaxQueries(0)).getMessage()
                .contains("at least one query"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withPort(65536)).getMessage()
                .contains("between 0 and 65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withQueryTimeout(Duration.ZERO)).getMessage()
                .contains("query timeout must be positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withUploadLimit(0)).getMessage()
                .contains("upload limit must be positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withWritesPerMinute(0)).getMessage()
                .contains("at least 1 a minute"));
    }

    @Test
    void a_bad_argument_fails_before_the_port_is_bound() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            assertThrows(IllegalArgumentException.class, () -> PedigreeServer.create().store(store).port(port).baseUri("ftp://lineage.example.org/").build());
            Pedigree app = Pedigree.over(store, new InstanceIris("https://lineage.example.org/"), Clock.systemUTC());
            assertThrows(IllegalArgumentException.class, () -> PedigreeServer.create().pedigree(app).store(store).port(port).build());
            assertThrows(NullPointerException.class, () -> PedigreeServer.create().port(port).build());
        }
        try (ServerSocket again = new ServerSocket(port)) {
            assertEquals(port, again.getLocalPort(), "nothing was left listening");
        }
    }

    @Test
    void a_server_given_a_pedigree_publishes_it_under_its_base_uri() {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dir)) {
            Pedigree app = Pedigree.over(store, new InstanceIris("https://lineage.example.org/"), Clock.systemUTC());
            app.prepare(false);
            PedigreeServer server = PedigreeServer.create().pedigree(app).settings(ServerSettings.defaults().withPort(0))
                    .dumpDirectory(dir.resolve("dumps")).build().start();
            try {
                assertSame(app, server.pedigree());
                assertEquals("https://lineage.example.org/", server.baseUri());
                assertTrue(server.port() > 0);
            } finally {
                server.stop();
            }
        }
    }
}
