package org.pedigree.publish.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.pedigree.publish.http.WriteGate;
import org.pedigree.store.BackupFile;
import org.pedigree.store.Compaction;
import org.pedigree.store.LineageStore;
import org.pedigree.store.LocalStorage;

/**
 * Data management on a running server, admin scope only: {@code GET /api/admin/backup} streams
 * every quad as gzip N-Quads from one read transaction (reads and writes go on; the client keeps
 * the checksum), and {@code POST /api/admin/compact} compacts the store online and answers the
 * sizes before and after.
 */
public final class AdminApi {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final LineageStore store;
    private final WriteGate gate;

    public AdminApi(LineageStore store, WriteGate gate) {
        this.store = store;
        this.gate = gate;
    }

    public void backup(Context ctx) {
        gate.admin(ctx);
        var response = ctx.res();
        response.setStatus(200);
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"pedigree-" + STAMP.format(Instant.now()) + ".nq.gz\"");
        response.setHeader("Cache-Control", "no-store");
        try {
            OutputStream out = response.getOutputStream();
            BackupFile.nquadsOf(store).writeTo(out);
            out.flush();
        } catch (IOException e) {
            // the client went away: nothing complete was sent, and the client has no checksum for it
            throw new UncheckedIOException(e);
        }
    }

    public void compact(Context ctx) {
        gate.admin(ctx);
        Compaction done;
        try {
            done = LocalStorage.compact(store);
        } catch (UnsupportedOperationException e) {
            throw new HttpResponseException(409, e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bytesBefore", done.bytesBefore());
        body.put("bytesAfter", done.bytesAfter());
        body.put("seconds", done.took().toMillis() / 1000.0);
        body.put("summary", done.describe());
        ctx.header("Cache-Control", "no-store").json(body);
    }
}
