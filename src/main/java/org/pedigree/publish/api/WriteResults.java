package org.pedigree.publish.api;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pedigree.ingest.WriteOutcome;
import org.pedigree.model.InstanceIris;
import org.pedigree.publish.http.Negotiation;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.ErrorResponses;

/**
 * The answer to a record write, the same for the record API, SPARQL Update and the Graph Store
 * Protocol: the stored versions and findings as JSON (201 when a record is new), or a 422 problem
 * document with the shapes' findings — the {@code sh:ValidationReport} itself when Turtle is asked
 * for — when the shapes refused something.
 */
public final class WriteResults {
    private final Site site;
    private final ErrorResponses errors;

    public WriteResults(Site site, ErrorResponses errors) {
        this.site = site;
        this.errors = errors;
    }

    /** Runs the write and answers with its outcome. */
    void send(Context ctx, Supplier<WriteOutcome> write) {
        WriteOutcome outcome = write.get();
        if (!outcome.committed()) {
            refused(ctx, outcome, "The shapes refused " + outcome.refusedIds().size() + " record(s): nothing was stored.");
            return;
        }
        if (!outcome.refusedIds().isEmpty()) {
            refused(ctx, outcome, "Some records were refused by the shapes; the others were stored.");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("records", outcome.stored().stream().map(s -> Map.of("id", s.id(), "record", site.iris().record(s.id()),
                "version", s.version(), "unchanged", s.unchanged())).toList());
        body.put("findings", outcome.findings());
        if (outcome.stored().size() == 1) {
            ctx.header("Location", InstanceIris.recordPath(outcome.stored().getFirst().id()));
        }
        boolean anyNew = outcome.stored().stream().anyMatch(s -> !s.unchanged() && s.version() == 1);
        ctx.status(anyNew ? HttpStatus.CREATED : HttpStatus.OK).json(body);
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
}
