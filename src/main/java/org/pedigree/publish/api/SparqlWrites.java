package org.pedigree.publish.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateRequest;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.SparqlUpdateRecords;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.WriteProgress;
import org.pedigree.model.Sha256;
import org.pedigree.publish.http.Negotiation;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.http.UploadBody;
import org.pedigree.publish.http.WriteGate;
import org.pedigree.store.LineageStore;
import org.pedigree.store.TokenStore;

/**
 * The writing half of {@code /sparql}: SPARQL 1.1 Update ({@code POST} with
 * {@code application/sparql-update} or an {@code update=} form field) and the SPARQL 1.1 Graph
 * Store Protocol ({@code ?graph=IRI}: {@code GET}/{@code HEAD} for everyone; {@code PUT} replaces,
 * {@code POST} merges, {@code DELETE} retires). Writes need a bearer token (retiring, the admin
 * scope), count against the write rate limit, and change record graphs only; each changed record
 * goes through the {@link RecordWriter} like any other write — shapes, a new version, the audit
 * trail — in one transaction, so a refused update changes nothing. {@link EdgeFilter} sends these
 * requests here instead of to Fuseki, which only answers queries.
 */
public final class SparqlWrites {
    private final Site site;
    private final LineageStore store;
    private final RecordReaders readers;
    private final RecordWriter writer;
    private final SparqlUpdateRecords updates;
    private final WriteGate gate;
    private final UploadBody upload;
    private final WriteResults results;
    private final RecordsApi records;

    public SparqlWrites(Site site, LineageStore store, RecordReaders readers, RecordWriter writer, SparqlUpdateRecords updates,
                 WriteGate gate, UploadBody upload, WriteResults results, RecordsApi records) {
        this.site = site;
        this.store = store;
        this.readers = readers;
        this.writer = writer;
        this.updates = updates;
        this.gate = gate;
        this.upload = upload;
        this.results = results;
        this.records = records;
    }

    /** True for the requests of {@code /sparql} that this class answers rather than Fuseki. */
    public static boolean handles(String method, String contentType, Function<String, String> parameter) {
        if (parameter.apply("graph") != null || parameter.apply("default") != null) {
            return true;
        }
        if (!"POST".equals(method)) {
            return !"GET".equals(method) && !"OPTIONS".equals(method);
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/sparql-update")
                || type.equals("application/x-www-form-urlencoded") && parameter.apply("update") != null;
    }

    /** {@code POST /sparql} with an update. */
    public void post(Context ctx) {
        if (ctx.queryParam("graph") != null || ctx.queryParam("default") != null) {
            graphStore(ctx);
            return;
        }
        TokenStore.Token token = gate.write(ctx, TokenStore.Scope.WRITE);
        String text = updateText(ctx);
        UpdateRequest request = updates.parse(text);
        String sha256 = Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
        results.send(ctx, () -> writer.write(dsg -> updates.apply(dsg, request, "SPARQL Update", sha256), WriteMode.UPSERT, false,
                "token:" + token.name(), WriteProgress.NONE));
    }

    /** The Graph Store Protocol on {@code /sparql?graph=IRI}. */
    public void graphStore(Context ctx) {
        String method = ctx.method().name();
        boolean reading = method.equals("GET"); // HEAD arrives as GET (EdgeFilter)
        TokenStore.Token token = null;
        if (!reading) {
            token = gate.write(ctx, method.equals("DELETE") ? TokenStore.Scope.ADMIN : TokenStore.Scope.WRITE);
        }
        if (ctx.queryParam("default") != null) {
            throw new HttpResponseException(400, "The default graph here is the union of every record and cannot be "
                    + (reading ? "fetched in one piece: download the dump (see /.well-known/void)" : "written: name a record graph")
                    + ", or use ?graph=" + site.iris().recordNamespace() + "ID.");
        }
        String graphIri = ctx.queryParam("graph");
        Node graphName = NodeFactory.createURI(graphIri);
        if (reading) {
            read(ctx, graphName);
            return;
        }
        String id = site.iris().recordId(graphIri).orElseThrow(() -> new InputProblem("graph: " + graphIri
                + " is not a record graph — only record graphs <" + site.iris().recordNamespace()
                + "ID> can be written; the vocabulary and the record history are Pedigree's own."));
        String submitter = "token:" + token.name();
        switch (method) {
            case "DELETE" -> records.retired(ctx, id, token);
            case "PUT" -> {
                RecordSource source = upload.source(ctx);
                IncomingRecord record = new IncomingRecord(id, readers.readGraph(source), "Graph Store PUT", "graph-store",
                        Sha256.hex(source.bytes()));
                results.send(ctx, () -> writer.write(List.of(record), WriteMode.UPSERT, false, submitter));
            }
            case "POST" -> {
                RecordSource source = upload.source(ctx);
                Graph added = readers.readGraph(source);
                String sha256 = Sha256.hex(source.bytes());
                results.send(ctx, () -> writer.write(dsg -> {
                    Graph merged = GraphFactory.createGraphMem();
                    dsg.getGraph(graphName).find().forEach(merged::add);
                    added.find().forEach(merged::add);
                    return List.of(new IncomingRecord(id, merged, "Graph Store POST", "graph-store", sha256));
                }, WriteMode.UPSERT, false, submitter, WriteProgress.NONE));
            }
            default -> throw new HttpResponseException(405, "The Graph Store Protocol here takes GET, HEAD, PUT, POST and DELETE.");
        }
    }

    private void read(Context ctx, Node graphName) {
        Graph graph = store.read(dsg -> {
            if (!dsg.containsGraph(graphName)) {
                return null;
            }
            Graph copy = GraphFactory.createGraphMem();
            dsg.getGraph(graphName).find().forEach(copy::add);
            return copy;
        });
        if (graph == null) {
            throw new NotFoundResponse("There is no graph " + graphName.getURI() + " in this store.");
        }
        List<RdfFormat> offered = List.of(RdfFormat.TURTLE, RdfFormat.NTRIPLES, RdfFormat.JSONLD, RdfFormat.RDFXML);
        RdfFormat format = Negotiation.choose(ctx.header("Accept"), RdfFormat.mediaTypes(offered))
                .map(RdfFormat::ofMediaType).orElse(RdfFormat.TURTLE);
        ctx.header("Vary", "Accept");
        ctx.contentType(format.contentType()).result(format.write(graph));
    }

    private String updateText(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (ctx.queryParam("using-graph-uri") != null || ctx.queryParam("using-named-graph-uri") != null) {
            throw new InputProblem("using-graph-uri: not supported here — write USING <IRI> inside the update.");
        }
        if (type.startsWith("application/sparql-update")) {
            return new String(upload.bytes(ctx), StandardCharsets.UTF_8);
        }
        String update = ctx.req().getParameter("update");
        if (update == null || update.isBlank()) {
            throw new InputProblem("update: the form field 'update' is empty — send the SPARQL Update in it, or as the body "
                    + "with Content-Type: application/sparql-update.");
        }
        return update;
    }
}
