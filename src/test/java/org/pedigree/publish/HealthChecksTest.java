package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.testing.RunningServer;

class HealthChecksTest {
    @TempDir
    Path dataDir;

    @Test
    void healthz_answers_alive_and_readyz_follows_the_store() {
        try (RunningServer running = RunningServer.empty(dataDir)) {
            HttpResponse<String> alive = running.get("/healthz");
            assertEquals(200, alive.statusCode());
            assertTrue(alive.body().contains("\"alive\""), alive.body());

            HttpResponse<String> ready = running.get("/readyz");
            assertEquals(200, ready.statusCode());
            assertTrue(ready.body().contains("\"ready\""), ready.body());

            running.store.close();
            HttpResponse<String> closed = running.get("/readyz");
            assertEquals(503, closed.statusCode());
            assertTrue(closed.body().contains("\"unavailable\""), closed.body());
            assertEquals(200, running.get("/healthz").statusCode(), "the process is still alive");
        }
    }
}
