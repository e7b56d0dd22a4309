package org.pedigree.publish.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.model.RecordInfo;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.http.UploadBody;
import org.pedigree.publish.http.WriteGate;
import org.pedigree.store.TokenStore;

/**
 * The record API: {@code POST /api/records} (create; {@code ?mode=upsert} also replaces),
 * {@code PUT /api/records/{id}} (replace), {@code DELETE /api/records/{id}} (retire, admin scope),
 * {@code GET /api/records/{id}} and {@code /history}. Writes need a bearer token. A refused record
 * is a 422 with the report as a problem document, or as the {@code sh:ValidationReport} itself
 * when Turtle is asked for; nothing is stored then.
 */
public final class RecordsApi {
    private final Site site;
    private final RecordReaders readers;
    private final RecordWriter writer;
    private final RecordHistory history;
    private final WriteGate gate;
    private final UploadBody upload;
    private final WriteResults results;
    private final Importers importers;

    public RecordsApi(Site site, RecordReaders readers, RecordWriter writer, RecordHistory history, WriteGate gate,
               UploadBody upload, WriteResults results, Importers importers) {
        this.site = site;
        this.readers = readers;
        this.writer = writer;
        this.history = history;
        this.gate = gate;
        this.upload = upload;
        this.results = results;
        this.importers = importers;
    }

    public void create(Context ctx) {
        TokenStore.Token token = gate.write(ctx, TokenStore.Scope.WRITE);
        List<IncomingRecord> records = readers.read(upload.source(ctx));
        WriteMode mode = "upsert".equals(ctx.queryParam("mode")) ? WriteMode.UPSERT : WriteMode.CREATE;
        write(ctx, records, mode, token);
    }

    /**
     * {@code POST /api/import/{format}}: converts the body (a model card with {@code ?id=}, a Hub
     * model-info answer, an SPDX, CycloneDX or Croissant document) and stores its records as
     * {@code POST /api/records?mode=upsert} does; a body that cannot be converted is a 400.
     */
    public void importDocument(Context ctx) {
        TokenStore.Token token = gate.write(ctx, TokenStore.Scope.WRITE);
        ImportBatch batch = importers.convert(ctx.pathParam("format"), new RecordSource("request body", upload.bytes(ctx), null),
                ctx.queryParam("id"));
        if (!batch.problems().isEmpty() || batch.records().isEmpty()) {
            throw new InputProblem(String.join(" ", batch.problems().isEmpty() ? batch.skipped() : batch.problems()));
        }
        write(ctx, batch.records(), WriteMode.UPSERT, token);
    }

    public void replace(Context ctx) {
        TokenStore.Token token = gate.write(ctx, TokenStore.Scope.WRITE);
        String id = ctx.pathParam("id");
        List<IncomingRecord> records = readers.read(upload.source(ctx));
        if (records.size() != 1 || !records.getFirst().id().equals(id)) {
            throw new InputProblem("request body: PUT /api/records/" + id + " takes exactly the record " + id + ", but the body holds "
                    + records.stream().map(IncomingRecord::id).toList() + ".");
        }
        write(ctx, records, WriteMode.REPLACE, token);
    }

    public void retire(Context ctx) {
        TokenStore.Token token = gate.write(ctx, TokenStore.Scope.ADMIN);
        retired(ctx, ctx.pathParam("id"), token);
    }

    /** Retires the record {@code id} and answers with its new version (also the Graph Store Protocol's DELETE). */
    void retired(Context ctx, String id, TokenStore.Token token) {
        int version = writer.retire(id, "token:" + token.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("record", site.iris().record(id));
        body.put("version", version);
        body.put("retired", true);
        ctx.json(body);
    }

    public void info(Context ctx) {
        ctx.json(recordInfo(ctx.pathParam("id")));
    }

    public void history(Context ctx) {
        ctx.json(recordInfo(ctx.pathParam("id")).versions());
    }

    private RecordInfo recordInfo(String id) {
        return history.record(id).orElseThrow(() -> new NotFoundResponse("There is no record " + id + "."));
    }

    private void write(Context ctx, List<IncomingRecord> records, WriteMode mode, TokenStore.Token token) {
        boolean partial = "true".equals(ctx.queryParam("partial"));
        results.send(ctx, () -> writer.write(records, mode, partial, "token:" + token.name()));
    }
}
