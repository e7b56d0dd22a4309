package org.pedigree.publish.pages;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pedigree.lineage.Descriptions;
import org.pedigree.model.InstanceIris;
import org.pedigree.publish.http.Negotiation;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.vocab.PED;

/**
 * The linked-data resources {@code /model/{owner}/{name}}, {@code /dataset/{owner}/{name}},
 * {@code /activity/{id}} and {@code /agent/{id}}. A thing's IRI answers 200 in the negotiated
 * representation, with {@code Content-Location} naming the format-specific document
 * ({@code /model/a/b.ttl}, which answers in that format whatever the {@code Accept}); see
 * docs/decisions/0002. Every answer lists the alternates in {@code Link} and varies on Accept.
 */
public final class ThingResource {
    /** Renders a thing's HTML page from its IRI and description. */
    public interface HtmlPage {
        void render(Context ctx, String iri, Graph description);
    }

    private final Site site;
    private final Descriptions descriptions;
    private final HtmlPage modelPage;
    private final HtmlPage thingPage;
    private final HtmlPage termPage;
    private final Graph vocabularyGraph;

    public ThingResource(Site site, Descriptions descriptions, HtmlPage modelPage, HtmlPage thingPage, HtmlPage termPage, Graph vocabularyGraph) {
        this.site = site;
        this.descriptions = descriptions;
        this.modelPage = modelPage;
        this.thingPage = thingPage;
        this.termPage = termPage;
        this.vocabularyGraph = vocabularyGraph;
    }

    public void model(Context ctx) {
        answer(ctx, InstanceIris.MODEL + ctx.pathParam("owner") + "/", ctx.pathParam("name"), site::iriOfPath, modelPage);
    }

    public void dataset(Context ctx) {
        answer(ctx, InstanceIris.DATASET + ctx.pathParam("owner") + "/", ctx.pathParam("name"), site::iriOfPath, thingPage);
    }

    public void activity(Context ctx) {
        answer(ctx, InstanceIris.ACTIVITY, ctx.pathParam("id"), site::iriOfPath, thingPage);
    }

    public void agent(Context ctx) {
        answer(ctx, InstanceIris.AGENT, ctx.pathParam("id"), site::iriOfPath, thingPage);
    }

    /**
     * A term of Pedigree's own vocabulary ({@code /term/x}, {@code /kind/x}, {@code /role/x},
     * {@code /licence/x}): its IRI is deployment-independent, {@code https://w3id.org/pedigree/term/x} …
     * Terms, kinds and licences have dictionary pages; roles the plain page of a thing.
     */
    public void vocabulary(Context ctx) {
        String collection = ctx.path().split("/")[1];
        answer(ctx, collection + "/", ctx.pathParam("slug"), path -> PED.ONTOLOGY + "/" + path, collection.equals("role") ? thingPage : termPage);
    }

    /**
     * The ontology {@code https://w3id.org/pedigree} at {@code /ontology}: its RDF documents are
     * the whole vocabulary, its page describes the ontology and lists its terms.
     */
    public void ontology(Context ctx) {
        String last = ctx.path().substring(1);
        answer(ctx, "", last, path -> PED.ONTOLOGY, descriptions::describe, thingPage, vocabularyGraph);
    }

    private void answer(Context ctx, String prefix, String last, UnaryOperator<String> iriOf, HtmlPage page) {
        answer(ctx, prefix, last, iriOf, descriptions::describe, page, null);
    }

    private void answer(Context ctx, String prefix, String last, UnaryOperator<String> iriOf,
                        Function<String, Optional<Graph>> describe, HtmlPage page, Graph rdfDocument) {
        String path = prefix + last;
        Optional<RdfFormat> requested = RdfFormat.ofName(RdfFormat.THINGS, last);
        Optional<Graph> description = Optional.empty();
        if (requested.isPresent()) {
            String stripped = path.substring(0, path.length() - requested.get().extension.length() - 1);
            description = describe.apply(iriOf.apply(stripped));
            if (description.isPresent()) {
                path = stripped;
            } else {
                requested = Optional.empty();
            }
        }
        String iri = iriOf.apply(path);
        if (description.isEmpty()) {
            description = describe.apply(iri);
        }
        Graph graph = description.orElseThrow(() -> new NotFoundResponse("Nothing is known here about " + iri + "."));
        RdfFormat format = requested.orElseGet(() -> RdfFormat.ofMediaType(Negotiation.choose(ctx, RdfFormat.mediaTypes(RdfFormat.THINGS))
                .orElseThrow(() -> new HttpResponseException(406, "This resource is offered as " + String.join(", ", RdfFormat.mediaTypes(RdfFormat.THINGS))
                        + " (or add .html, .ttl, .jsonld, .rdf or .nt to the URL)."))));
        ctx.header("Vary", "Accept");
        ctx.header("Link", links(path));
        descriptions.lastModified(iri, site.iris().recordMetadataGraph()).ifPresent(modified ->
                ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC))));
        if (requested.isEmpty()) {
            ctx.header("Content-Location", "/" + path + "." + format.extension);
        }
        if (format == RdfFormat.HTML) {
            page.render(ctx, iri, graph);
        } else {
            Graph document = GraphFactory.createGraphMem();
            (rdfDocument != null ? rdfDocument : graph).find().forEach(document::add);
            document.add(Triple.create(NodeFactory.createURI(iri), NodeFactory.createURI("http://rdfs.org/ns/void#inDataset"),
                    NodeFactory.createURI(site.iris().voidDataset())));
            ctx.contentType(format.contentType()).result(format.write(document));
        }
    }

    /** Link header: the thing, and each of its format-specific documents. */
    private static String links(String path) {
        StringJoiner links = new StringJoiner(", ");
        links.add("</" + path + ">; rel=\"canonical\"");
        for (RdfFormat f : RdfFormat.THINGS) {
            links.add("</" + path + "." + f.extension + ">; rel=\"alternate describedby\"; type=\"" + f.mediaType + "\"");
        }
        return links.toString();
    }
}
