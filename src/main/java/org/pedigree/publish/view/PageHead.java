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
 * the Link header), and the thing's description as JSON-LD, escaped so that no value can close
 * the {@code <script>} element.
 */
public final class PageHead {
    /** One alternate representation for a {@code <link>} element. */
    record Alternate(String type, String href) {}

    private PageHead() {}

    public static Map<String, Object> of(Site site, String iri, Graph description) {
        String path = site.href(iri);
        List<Alternate> alternates = RdfFormat.THINGS.stream()
                .filter(f -> f != RdfFormat.HTML).map(f -> new Alternate(f.mediaType, path + "." + f.extension)).toList();
        return Map.of("alternates", alternates, "jsonld", scriptSafe(RdfFormat.JSONLD.write(withPage(site, iri, description))),
                "canonical", path);
    }

    /** The description plus the page itself: a schema:WebPage whose schema:mainEntity is the thing. */
    private static Graph withPage(Site site, String iri, Graph description) {
        Graph graph = GraphFactory.createGraphMem();
        description.find().forEach(graph::add);
        Node page = NodeFactory.createURI(site.iriOfPath(site.href(iri)) + ".html");
        graph.add(Triple.create(page, RDF.type.asNode(), NodeFactory.createURI("http://schema.org/WebPage")));
        graph.add(Triple.create(page, NodeFactory.createURI("http://schema.org/mainEntity"), NodeFactory.createURI(iri)));
        return graph;
    }

    /** JSON made safe inside a script element: {@code <}, {@code >} and {@code &} as Unicode escapes. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
