package org.pedigree.publish.pages;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.StringJoiner;
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
import org.pedigree.publish.http.QueryParams;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.PagedDescription;
import org.pedigree.store.DescriptionPage;
import org.pedigree.vocab.PED;

/**
 * The linked-data resources {@code /model/{owner}/{name}}, {@code /dataset/{owner}/{name}},
 * {@code /activity/{id}} and {@code /agent/{id}}. A thing's IRI answers 200 in the negotiated
 * representation, with {@code Content-Location} naming the format-specific document
 * ({@code /model/a/b.ttl}, which answers in that format whatever the {@code Accept}); see
 * docs/decisions/0002. Every answer lists the alternates in {@code Link} and varies on Accept.
 * <p>
 * A description is paged (docs/decisions/0005): at most {@value DescriptionPage#PER_PAGE}
 * statements per property pointing at the thing on a page, {@code ?page=2} for the next
 * ({@code /model/a/b.ttl?page=2} as a document). A paged answer adds {@code rel="first"},
 * {@code "prev"}, {@code "next"} and {@code "last"} to {@code Link} and Hydra statements about the
 * document ({@link PagedDescription}); a page past the last is a 404, a {@code page} that is not a
 * number from 1 a 400. The HTML of a page after the first is the plain page of a thing, listing
 * that page's statements.
 */
public final class ThingResource {
    /** Renders a thing's HTML page from its IRI and a page of its description. */
    public interface HtmlPage {
        void render(Context ctx, String iri, PagedDescription description);
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
        answer(ctx, InstanceIris.MODEL + ctx.pathParam("owner") + "/", ctx.pathParam("name"), site::iriOfPath, modelPage, null);
    }

    public void dataset(Context ctx) {
        answer(ctx, InstanceIris.DATASET + ctx.pathParam("owner") + "/", ctx.pathParam("name"), site::iriOfPath, thingPage, null);
    }

    public void activity(Context ctx) {
        answer(ctx, InstanceIris.ACTIVITY, ctx.pathParam("id"), site::iriOfPath, thingPage, null);
    }

    public void agent(Context ctx) {
        answer(ctx, InstanceIris.AGENT, ctx.pathParam("id"), site::iriOfPath, thingPage, null);
    }

    /**
     * A term of Pedigree's own vocabulary ({@code /term/x}, {@code /kind/x}, {@code /role/x},
     * {@code /licence/x}): its IRI is deployment-independent, {@code https://w3id.org/pedigree/term/x} …
     * Terms, kinds and licences have dictionary pages; roles the plain page of a thing.
     */
    public void vocabulary(Context ctx) {
        String collection = ctx.path().split("/")[1];
        answer(ctx, collection + "/", ctx.pathParam("slug"), path -> PED.ONTOLOGY + "/" + path, collection.equals("role") ? thingPage : termPage, null);
    }

    /**
     * The ontology {@code https://w3id.org/pedigree} at {@code /ontology}: its RDF documents are
     * the whole vocabulary (not paged), its page describes the ontology and lists its terms.
     */
    public void ontology(Context ctx) {
        String last = ctx.path().substring(1);
        answer(ctx, "", last, path -> PED.ONTOLOGY, thingPage, vocabularyGraph);
    }

    /** @param rdfDocument what the RDF documents hold instead of the description's page, if not null */
    private void answer(Context ctx, String prefix, String last, UnaryOperator<String> iriOf, HtmlPage page, Graph rdfDocument) {
        int number = QueryParams.page(ctx, "page");
        String path = prefix + last;
        Optional<RdfFormat> requested = RdfFormat.ofName(RdfFormat.THINGS, last);
        Optional<DescriptionPage> description = Optional.empty();
        if (requested.isPresent()) {
            String stripped = path.substring(0, path.length() - requested.get().extension.length() - 1);
            description = descriptions.describe(iriOf.apply(stripped), number);
            if (description.isPresent()) {
                path = stripped;
            } else {
                requested = Optional.empty();
            }
        }
        String iri = iriOf.apply(path);
        if (description.isEmpty()) {
            description = descriptions.describe(iri, number);
        }
        DescriptionPage found = description.orElseThrow(() -> new NotFoundResponse("Nothing is known here about " + iri + "."));
        PagedDescription paged = new PagedDescription(site, path, iri, found);
        if (found.beyondLast()) {
            throw new NotFoundResponse("The description of " + iri + " has " + (found.pages() == 1 ? "one page" : found.pages() + " pages")
                    + ", so there is no page " + number + ": the last is " + paged.href(found.pages(), requested.orElse(null)) + ".");
        }
        RdfFormat format = requested.orElseGet(() -> RdfFormat.ofMediaType(Negotiation.choose(ctx, RdfFormat.mediaTypes(RdfFormat.THINGS))
                .orElseThrow(() -> new HttpResponseException(406, "This resource is offered as " + String.join(", ", RdfFormat.mediaTypes(RdfFormat.THINGS))
                        + " (or add .html, .ttl, .jsonld, .rdf or .nt to the URL)."))));
        ctx.header("Vary", "Accept");
        String pages = rdfDocument != null && format != RdfFormat.HTML ? "" : paged.links(requested.orElse(null));
        ctx.header("Link", links(path) + (pages.isEmpty() ? "" : ", " + pages));
        descriptions.lastModified(iri, site.iris().recordMetadataGraph()).ifPresent(modified ->
                ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC))));
        if (requested.isEmpty()) {
            ctx.header("Content-Location", paged.location(format));
        }
        if (format == RdfFormat.HTML) {
            (number == 1 ? page : thingPage).render(ctx, iri, paged);
        } else {
            Graph document = GraphFactory.createGraphMem();
            if (rdfDocument != null) {
                rdfDocument.find().forEach(document::add);
            } else {
                found.graph().find().forEach(document::add);
                paged.hydra(format).find().forEach(document::add);
            }
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
