package org.pedigree.publish.view;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;

/**
 * What the head of a thing's page carries: a {@code <link rel="alternate">} per format (mirroring
 * the Link header), and the page of the thing's description as JSON-LD (bounded as every page is,
 * with the Hydra statements of a paged one about the HTML document), which the JSON-LD writer
 * escapes so that no value can close the {@code <script>} element; and {@code paging}, the {@link PagedDescription} for the
 * template's links to the other pages.
 */
public final class PageHead {
    /** One alternate representation for a {@code <link>} element. */
    public record Alternate(String type, String href) {}

    private PageHead() {}

    public static Map<String, Object> of(Site site, String iri, PagedDescription description) {
        String path = site.href(iri);
        List<Alternate> alternates = RdfFormat.THINGS.stream()
                .filter(f -> f != RdfFormat.HTML).map(f -> new Alternate(f.mediaType, description.location(f))).toList();
        return Map.of("alternates", alternates, "jsonld", RdfFormat.JSONLD.write(withPage(iri, description)),
                "canonical", description.number() == 1 ? path : description.pageHref(description.number()), "paging", description);
    }

    /** The description plus the page itself: a schema:WebPage whose schema:mainEntity is the thing. */
    private static Graph withPage(String iri, PagedDescription description) {
        Graph graph = GraphFactory.createGraphMem();
        description.graph().find().forEach(graph::add);
        description.hydra(RdfFormat.HTML).find().forEach(graph::add);
        Node page = description.document(description.number(), RdfFormat.HTML);
        graph.add(Triple.create(page, RDF.type.asNode(), NodeFactory.createURI("http://schema.org/WebPage")));
        graph.add(Triple.create(page, NodeFactory.createURI("http://schema.org/mainEntity"), NodeFactory.createURI(iri)));
        return graph;
    }
}
