package org.pedigree.publish.data;

import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.pedigree.store.LineageStore;

/** {@code /healthz} (the process answers) and {@code /readyz} (the store is open and answering). */
public final class HealthChecks {
    private final LineageStore store;

    public HealthChecks(LineageStore store) {
        this.store = store;
    }

    public void alive(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(Map.of("status", "alive"));
    }

    public void ready(Context ctx) {
        boolean ready = store.isReady();
        ctx.header("Cache-Control", "no-store")
           .status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
           .json(Map.of("status", ready ? "ready" : "unavailable", "store", store.describe()));
    }
}
