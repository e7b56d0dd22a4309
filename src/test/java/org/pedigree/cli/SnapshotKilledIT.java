package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.store.SnapshotSlot;
import org.pedigree.store.TokenStore;
import org.pedigree.testing.PedigreeProcess;

/**
 * The packaged {@code pedigree serve} as a real process, killed with SIGKILL right after a write
 * committed and before any new snapshot: the next start must not trust the old snapshot, and
 * answers with the write.
 */
class SnapshotKilledIT {
    @TempDir
    Path data;

    private static HttpResponse<String> awaitReady(PedigreeProcess served) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> ready = served.send(served.request("readyz").GET());
            if (ready.statusCode() == 200) {
                return ready;
            }
            PedigreeProcess.sleep(100);
        }
        throw new AssertionError("never ready: " + served.text());
    }

    private String state() throws IOException {
        return Files.readString(data.resolve(SnapshotSlot.STATE), StandardCharsets.UTF_8).strip();
    }

    @Test
    void a_server_killed_after_a_write_starts_again_from_the_store_not_from_the_stale_snapshot() throws Exception {
        PedigreeProcess first = PedigreeProcess.serve(data);
        assertTrue(awaitReady(first).body().contains("\"lineageIndex\":\"build\""));
        first.sigterm();
        assertTrue(first.process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(state().startsWith("clean "), state());

        PedigreeProcess second = PedigreeProcess.serve(data);
        assertTrue(awaitReady(second).body().contains("\"lineageIndex\":\"snapshot\""), second.text());
        String token = new TokenStore(data).create("kill-test", EnumSet.of(TokenStore.Scope.WRITE));
        String record = "model: acme/zephyr-nc\nlicence: cc-by-nc-4.0\nbases:\n  - model: HuggingFaceH4/zephyr-7b-beta\n    relation: finetune\n";
        HttpResponse<String> created = second.send(second.request("api/records").header("Content-Type", "application/yaml")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(record)));
        assertEquals(201, created.statusCode(), created.body());
        second.kill9();
        assertTrue(second.process.waitFor(30, TimeUnit.SECONDS));
        assertEquals("dirty", state(), "the commit was preceded by the dirty state on disk");

        PedigreeProcess third = PedigreeProcess.serve(data);
        try {
            assertTrue(awaitReady(third).body().contains("\"lineageIndex\":\"build\""), third.text());
            HttpResponse<String> licence = third.send(third.request("api/models/acme/zephyr-nc/licence").header("Accept", "application/json").GET());
            assertEquals(200, licence.statusCode(), licence.body());
            assertTrue(licence.body().contains("NonCommercialUse"), licence.body());
            HttpResponse<String> tree = third.send(third.request("api/models/HuggingFaceH4/zephyr-7b-beta/descendants").GET());
            assertTrue(tree.body().contains("zephyr-nc"), tree.body());
        } finally {
            third.sigterm();
            third.process.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
