package org.pedigree.publish.data;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.pedigree.lineage.LineageService;
import org.pedigree.store.LineageStore;

/**
 * {@code /healthz} (the process answers) and {@code /readyz} (the store is open and answering,
 * and the lineage index is ready: while it is read back or built after a start, 503
 * {@code {"status":"warming up","reason":...,"progress":...}}).
 */
public final class HealthChecks {
    private final LineageStore store;
    private final LineageService lineage;

    public HealthChecks(LineageStore store, LineageService lineage) {
        this.store = store;
        this.lineage = lineage;
    }

    public void alive(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(Map.of("status", "alive"));
    }

    public void ready(Context ctx) {
        Map<String, Object> answer = new LinkedHashMap<>();
        LineageService.Readiness lineageReady = lineage.readiness();
        boolean storeReady = store.isReady();
        if (!storeReady) {
            answer.put("status", "unavailable");
        } else if (!lineageReady.ready()) {
            answer.put("status", "warming up");
            answer.put("reason", lineageReady.reason());
            if (lineageReady.nodes() > 0) {
                answer.put("progress", lineageReady.nodes() + " nodes read");
            }
        } else {
            answer.put("status", "ready");
            if (lineageReady.source() != null) {
                answer.put("lineageIndex", lineageReady.source());
            }
        }
        answer.put("store", store.describe());
        boolean ready = storeReady && lineageReady.ready();
        ctx.header("Cache-Control", "no-store");
        if (!ready) {
            ctx.header("Retry-After", "5");
        }
        ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(answer);
    }
}
