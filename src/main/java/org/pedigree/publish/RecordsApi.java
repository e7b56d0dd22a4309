package org.pedigree.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.RecordsRefused;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.WriteOutcome;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.model.RecordInfo;
import org.pedigree.store.TokenStore;

/**
 * The record API: {@code POST /api/records} (create; {@code ?mode=upsert} also replaces),
 * {@code PUT /api/records/{id}} (replace), {@code DELETE /api/records/{id}} (retire, admin scope),
 * {@code GET /api/records/{id}} and {@code /history}. Writes need a bearer token. A refused record
 * is a 422 with the report as a problem document, or as the {@code sh:ValidationReport} itself
 * when Turtle is asked for; nothing is stored then.
 */
final class RecordsApi {
    private final Site site;
    private final RecordReaders readers;
    private final RecordWriter writer;
    private final RecordHistory history;
    private final BearerAuth auth;
    private final ErrorResponses errors;
    private final long maxBytes;
    private final WriteRateLimit rateLimit;
    private final Importers importers;

    RecordsApi(Site site, RecordReaders readers, RecordWriter writer, RecordHistory history, BearerAuth auth,
               ErrorResponses errors, long maxBytes, WriteRateLimit rateLimit, Importers importers) {
        this.site = site;
        this.readers = readers;
        this.writer = writer;
        this.history = history;
        this.auth = auth;
        this.errors = errors;
        this.maxBytes = maxBytes;
        this.rateLimit = rateLimit;
        this.importers = importers;
    }

    void create(Context ctx) {
        TokenStore.Token token = auth.require(ctx, TokenStore.Scope.WRITE);
        rateLimit.take(token.name(), ctx);
        List<IncomingRecord> records = readers.read(source(ctx));
        WriteMode mode = "upsert".equals(ctx.queryParam("mode")) ? WriteMode.UPSERT : WriteMode.CREATE;
        write(ctx, records, mode, token, HttpStatus.CREATED);
    }

    /**
     * {@code POST /api/import/{format}}: converts the body (a model card with {@code ?id=}, a Hub
     * model-info answer, an SPDX, CycloneDX or Croissant document) and stores its records as
     * {@code POST /api/records?mode=upsert} does; a body that cannot be converted is a 400.
     */
    void importDocument(Context ctx) {
        TokenStore.Token token = auth.require(ctx, TokenStore.Scope.WRITE);
        rateLimit.take(token.name(), ctx);
        ImportBatch batch = importers.convert(ctx.pathParam("format"), body(ctx), ctx.queryParam("id"));
        if (!batch.problems().isEmpty() || batch.records().isEmpty()) {
            throw new InputProblem(String.join(" ", batch.problems().isEmpty() ? batch.skipped() : batch.problems()));
        }
        write(ctx, batch.records(), WriteMode.UPSERT, token, HttpStatus.CREATED);
    }

    void replace(Context ctx) {
        TokenStore.Token token = auth.require(ctx, TokenStore.Scope.WRITE);
        rateLimit.take(token.name(), ctx);
        String id = ctx.pathParam("id");
        List<IncomingRecord> records = readers.read(source(ctx));
        if (records.size() != 1 || !records.getFirst().id().equals(id)) {
            throw new InputProblem("request body: PUT /api/records/" + id + " takes exactly the record " + id + ", but the body holds "
                    + records.stream().map(IncomingRecord::id).toList() + ".");
        }
        write(ctx, records, WriteMode.REPLACE, token, HttpStatus.OK);
    }

    void retire(Context ctx) {
        TokenStore.Token token = auth.require(ctx, TokenStore.Scope.ADMIN);
        rateLimit.take(token.name(), ctx);
        String id = ctx.pathParam("id");
        int version = writer.retire(id, "token:" + token.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("record", site.iris().record(id));
        body.put("version", version);
        body.put("retired", true);
        ctx.json(body);
    }

    void info(Context ctx) {
        ctx.json(recordInfo(ctx.pathParam("id")));
    }

    void history(Context ctx) {
        ctx.json(recordInfo(ctx.pathParam("id")).versions());
    }

    private RecordInfo recordInfo(String id) {
        return history.record(id).orElseThrow(() -> new NotFoundResponse("There is no record " + id + "."));
    }

    private void write(Context ctx, List<IncomingRecord> records, WriteMode mode, TokenStore.Token token, HttpStatus created) {
        boolean partial = "true".equals(ctx.queryParam("partial"));
        try {
            WriteOutcome outcome = writer.write(records, mode, partial, "token:" + token.name());
            if (!outcome.refusedIds().isEmpty()) {
                refused(ctx, outcome, "Some records were refused by the shapes; the others were stored.");
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("records", outcome.stored().stream().map(s -> Map.of("id", s.id(), "record", site.iris().record(s.id()),
                    "version", s.version(), "unchanged", s.unchanged())).toList());
            body.put("findings", outcome.findings());
            if (outcome.stored().size() == 1) {
                ctx.header("Location", "/record/" + outcome.stored().getFirst().id());
            }
            boolean anyNew = outcome.stored().stream().anyMatch(s -> !s.unchanged() && s.version() == 1);
            ctx.status(anyNew ? created : HttpStatus.OK).json(body);
        } catch (RecordsRefused e) {
            refused(ctx, e.outcome(), "The shapes refused " + e.outcome().refusedIds().size() + " record(s): nothing was stored.");
        }
    }

    private void refused(Context ctx, WriteOutcome outcome, String detail) {
        if (Negotiation.choose(ctx.header("Accept"), List.of("application/problem+json", "application/json", "text/turtle"))
                .filter("text/turtle"::equals).isPresent()) {
            StringWriter turtle = new StringWriter();
            RDFDataMgr.write(turtle, outcome.report(), Lang.TURTLE);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType("text/turtle; charset=utf-8").result(turtle.toString());
            return;
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("refused", outcome.refusedIds());
        extras.put("stored", outcome.stored());
        extras.put("findings", outcome.findings());
        errors.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, detail, extras);
    }

    /** The request body as a record source, refused with 413 past the size limit. */
    private RecordSource source(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            throw new HttpResponseException(415, "Declare the body's format with Content-Type: one of "
                    + String.join(", ", RecordReaders.mediaTypes()) + ".");
        }
        return new RecordSource("request body", body(ctx).bytes(), type);
    }

    /** The request body, whatever its type, refused with 413 past the size limit. */
    private RecordSource body(Context ctx) {
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return new RecordSource("request body", body, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponseException tooLarge() {
        return new HttpResponseException(413, "The body is larger than the limit of " + maxBytes
                + " bytes: split the records into several requests, or load them with `pedigree load` on the server's machine.");
    }
}
