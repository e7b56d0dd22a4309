package org.pedigree.publish;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.model.RecordInfo;

/**
 * {@code GET /record/{id}} and {@code /record/{id}/v/{n}}: a record as it is now, or as one of its
 * versions was — an HTML page with its status and history, or its named graph as TriG or N-Quads
 * (its triples as Turtle or N-Triples).
 */
final class RecordPage {
    private static final List<String> OFFERS = List.of("text/html", "application/trig", "application/n-quads", "text/turtle",
            "application/ld+json", "application/rdf+xml", "application/n-triples");
    /** Extensions of a record's format-specific URLs ({@code /record/ID.trig}). */
    private static final Map<String, String> EXTENSIONS = Map.of("html", "text/html", "trig", "application/trig",
            "nq", "application/n-quads", "ttl", "text/turtle", "jsonld", "application/ld+json", "rdf", "application/rdf+xml",
            "nt", "application/n-triples");

    private final Site site;
    private final RecordHistory history;
    private final Pages pages;

    RecordPage(Site site, RecordHistory history, Pages pages) {
        this.site = site;
        this.history = history;
        this.pages = pages;
    }

    void current(Context ctx) {
        String id = ctx.pathParam("id");
        String requested = null;
        int dot = id.lastIndexOf('.');
        if (dot > 0 && EXTENSIONS.containsKey(id.substring(dot + 1)) && history.record(id.substring(0, dot)).isPresent()) {
            requested = EXTENSIONS.get(id.substring(dot + 1));
            id = id.substring(0, dot);
        }
        RecordInfo info = info(id);
        String recordId = id;
        Graph graph = history.current(id).orElseThrow(() -> new NotFoundResponse("There is no record " + recordId + "."));
        answer(ctx, info, info.version(), graph, requested);
    }

    void version(Context ctx) {
        String id = ctx.pathParam("id");
        RecordInfo info = info(id);
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("Record versions are numbered 1, 2, 3 …");
        }
        Graph graph = history.version(id, n).orElseThrow(() -> new NotFoundResponse(
                "The record " + id + " has versions 1 to " + info.version() + ", not " + n + "."));
        answer(ctx, info, n, graph, null);
    }

    private RecordInfo info(String id) {
        return history.record(id).orElseThrow(() -> new NotFoundResponse("There is no record " + id + "."));
    }

    private void answer(Context ctx, RecordInfo info, int version, Graph graph, String requested) {
        String type = requested != null ? requested : Negotiation.choose(ctx, OFFERS).orElseThrow(() -> new HttpResponseException(406,
                "This record is offered as " + String.join(", ", OFFERS) + "."));
        ctx.header("Vary", "Accept");
        StringBuilder links = new StringBuilder("</record/" + info.id() + ">; rel=\"canonical\"");
        EXTENSIONS.forEach((ext, media) -> links.append(", </record/").append(info.id()).append('.').append(ext)
                .append(">; rel=\"alternate\"; type=\"").append(media).append('"'));
        ctx.header("Link", links.toString());
        String graphName = version == info.version() ? info.iri() : site.iris().recordVersion(info.id(), version);
        switch (type) {
            case "text/html" -> {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("record", info);
                model.put("shownVersion", version);
                model.put("turtle", write(graph, RDFFormat.TURTLE_PRETTY));
                ctx.html(pages.render("record", model));
            }
            case "application/trig", "application/n-quads" -> {
                DatasetGraph dsg = DatasetGraphFactory.createGeneral();
                dsg.addGraph(NodeFactory.createURI(graphName), graph);
                StringWriter out = new StringWriter();
                RDFDataMgr.write(out, dsg, type.equals("application/trig") ? Lang.TRIG : Lang.NQUADS);
                ctx.contentType(type + "; charset=utf-8").result(out.toString());
            }
            default -> ctx.contentType(type + "; charset=utf-8").result(RdfFormat.ofMediaType(type).write(graph));
        }
    }

    private String write(Graph graph, RDFFormat format) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, format);
        return out.toString();
    }
}
