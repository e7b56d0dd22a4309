package org.pedigree.publish.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import org.apache.jena.graph.Graph;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.RecordInfo;
import org.pedigree.publish.http.Negotiation;
import org.pedigree.publish.http.QueryParams;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.Pages;

/**
 * {@code GET /record/{id}} and {@code /record/{id}/v/{n}}: a record as it is now, or as one of its
 * versions was — an HTML page with its status and history, or its named graph as TriG or N-Quads
 * (its triples as Turtle or N-Triples).
 */
public final class RecordPage {
    private final Site site;
    private final RecordHistory history;
    private final Pages pages;

    public RecordPage(Site site, RecordHistory history, Pages pages) {
        this.site = site;
        this.history = history;
        this.pages = pages;
    }

    public void current(Context ctx) {
        String id = ctx.pathParam("id");
        RdfFormat requested = RdfFormat.ofName(RdfFormat.RECORDS, id).orElse(null);
        Optional<RecordInfo> info = Optional.empty();
        if (requested != null) {
            String stripped = id.substring(0, id.length() - requested.extension.length() - 1);
            info = history.record(stripped);
            if (info.isPresent()) {
                id = stripped;
            } else {
                requested = null;
            }
        }
        if (info.isEmpty()) {
            info = history.record(id);
        }
        String recordId = id;
        RecordInfo record = info.orElseThrow(() -> new NotFoundResponse("There is no record " + recordId + "."));
        Graph graph = history.current(id).orElseThrow(() -> new NotFoundResponse("There is no record " + recordId + "."));
        answer(ctx, record, record.version(), graph, requested);
    }

    public void version(Context ctx) {
        String id = ctx.pathParam("id");
        RecordInfo info = info(id);
        int n = QueryParams.wholeNumber(ctx.pathParam("n")).orElseThrow(() -> new NotFoundResponse("Record versions are numbered 1, 2, 3 …"));
        Graph graph = history.version(id, n).orElseThrow(() -> new NotFoundResponse(
                "The record " + id + " has versions 1 to " + info.version() + ", not " + n + "."));
        answer(ctx, info, n, graph, null);
    }

    private RecordInfo info(String id) {
        return history.record(id).orElseThrow(() -> new NotFoundResponse("There is no record " + id + "."));
    }

    private void answer(Context ctx, RecordInfo info, int version, Graph graph, RdfFormat requested) {
        List<String> offers = RdfFormat.mediaTypes(RdfFormat.RECORDS);
        RdfFormat format = requested != null ? requested : Negotiation.choose(ctx, offers).map(RdfFormat::ofMediaType)
                .orElseThrow(() -> new HttpResponseException(406, "This record is offered as " + String.join(", ", offers) + "."));
        ctx.header("Vary", "Accept");
        StringBuilder links = new StringBuilder("<" + InstanceIris.recordPath(info.id()) + ">; rel=\"canonical\"");
        RdfFormat.RECORDS.forEach(f -> links.append(", <").append(InstanceIris.recordPath(info.id())).append('.').append(f.extension)
                .append(">; rel=\"alternate\"; type=\"").append(f.mediaType).append('"'));
        ctx.header("Link", links.toString());
        if (format == RdfFormat.HTML) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("record", info);
            model.put("shownVersion", version);
            model.put("turtle", RdfFormat.TURTLE.write(graph));
            ctx.html(pages.render("record", model));
        } else {
            String graphName = version == info.version() ? info.iri() : site.iris().recordVersion(info.id(), version);
            ctx.contentType(format.contentType()).result(format.writeNamed(graph, graphName));
        }
    }
}
