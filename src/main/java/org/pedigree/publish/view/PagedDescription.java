package org.pedigree.publish.view;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.Sha256;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.store.DescriptionPage;
import org.pedigree.vocab.HYDRA;

/**
 * One page of a thing's description as the web offers it (docs/decisions/0005): the page's
 * statements, where the other pages are ({@code /model/a/b?page=3} negotiated,
 * {@code /model/a/b.ttl?page=3} as a document; page 1 has no parameter), the {@code Link} header
 * of a paged answer, and the Hydra statements a paged document carries about itself:
 *
 * <pre>
 * &lt;b.ttl?page=2&gt; a hydra:PartialCollectionView ; hydra:first &lt;b.ttl&gt; ; hydra:previous &lt;b.ttl&gt; ;
 *     hydra:next &lt;b.ttl?page=3&gt; ; hydra:last &lt;b.ttl?page=3&gt; .
 * &lt;b.ttl#incoming-prov-wasDerivedFrom&gt; a hydra:Collection ; hydra:totalItems 250 ;
 *     hydra:memberAssertion [ hydra:property prov:wasDerivedFrom ; hydra:object &lt;b&gt; ] ; hydra:view &lt;b.ttl?page=2&gt; .
 * </pre>
 *
 * One collection per property pointing at the thing, named in the document of the first page;
 * nothing is said of the thing itself. A description of one page says nothing of paging.
 */
public final class PagedDescription {
    /** One incoming property the page shows part of: its short and full name, how many the page shows and how many there are. */
    public record Truncated(String property, String propertyIri, long shown, long total) {}

    private final Site site;
    private final String path;
    private final String iri;
    private final DescriptionPage page;

    /** @param path the thing's path on this site without the leading '/' ({@code model/a/b}) */
    public PagedDescription(Site site, String path, String iri, DescriptionPage page) {
        this.site = site;
        this.path = path;
        this.iri = iri;
        this.page = page;
    }

    /** A description that is not paged (the VoID description, made whole). */
    public static PagedDescription whole(Site site, String iri, Graph graph) {
        String href = site.href(iri);
        return new PagedDescription(site, href.startsWith("/") ? href.substring(1) : href, iri, new DescriptionPage(graph, 1, new TreeMap<>()));
    }

    /** The statements of the page. */
    public Graph graph() {
        return page.graph();
    }

    /** Which page, from 1. */
    public int number() {
        return page.page();
    }

    /** The number of the last page. */
    public int last() {
        return page.pages();
    }

    /** Statements per incoming property on a page, for the words of a page. */
    public int perPage() {
        return DescriptionPage.PER_PAGE;
    }

    /** Whether the description has more than one page. */
    public boolean paged() {
        return page.paged();
    }

    /**
     * Where page {@code k} is: negotiated ({@code format} null: {@code /model/a/b?page=k}) or as
     * the document of one format ({@code /model/a/b.ttl?page=k}); page 1 without the parameter.
     */
    public String href(int k, RdfFormat format) {
        return "/" + path + (format == null ? "" : "." + format.extension) + (k == 1 ? "" : "?page=" + k);
    }

    /** The page's {@code Content-Location}: the document of {@code format}. */
    public String location(RdfFormat format) {
        return href(number(), format);
    }

    /** Links of the page of people: to page {@code k}, negotiated; null for a page that does not exist. */
    public String pageHref(int k) {
        return k >= 1 && k <= last() ? href(k, null) : null;
    }

    /**
     * The {@code Link} header's relations to the other pages, in the form of the request
     * ({@code format} null when negotiated); empty when the description has one page.
     */
    public String links(RdfFormat format) {
        StringJoiner links = new StringJoiner(", ");
        if (paged()) {
            links.add("<" + href(1, format) + ">; rel=\"first\"");
            if (number() > 1) {
                links.add("<" + href(number() - 1, format) + ">; rel=\"prev\"");
            }
            if (number() < last()) {
                links.add("<" + href(number() + 1, format) + ">; rel=\"next\"");
            }
            links.add("<" + href(last(), format) + ">; rel=\"last\"");
        }
        return links.toString();
    }

    /** The incoming properties with more statements than one page holds: what the page shows of each, and the total. */
    public List<Truncated> truncated() {
        List<Truncated> truncated = new ArrayList<>();
        Node thing = NodeFactory.createURI(iri);
        page.truncated().forEach((property, total) -> truncated.add(new Truncated(RdfFormat.PREFIXES.shortForm(property), property,
                page.graph().find(Node.ANY, NodeFactory.createURI(property), thing).filterKeep(t -> t.getSubject().isURI()).toList().size(),
                total)));
        return truncated;
    }

    /** The statements of paging about the document of {@code format}, as the class comment shows them; none when not paged. */
    public Graph hydra(RdfFormat format) {
        Graph graph = GraphFactory.createGraphMem();
        if (!paged()) {
            return graph;
        }
        Node view = document(number(), format);
        graph.add(Triple.create(view, RDF.type.asNode(), HYDRA.PartialCollectionView.asNode()));
        graph.add(Triple.create(view, HYDRA.first.asNode(), document(1, format)));
        if (number() > 1) {
            graph.add(Triple.create(view, HYDRA.previous.asNode(), document(number() - 1, format)));
        }
        if (number() < last()) {
            graph.add(Triple.create(view, HYDRA.next.asNode(), document(number() + 1, format)));
        }
        graph.add(Triple.create(view, HYDRA.last.asNode(), document(last(), format)));
        page.incoming().forEach((property, total) -> {
            Node collection = NodeFactory.createURI(document(1, format).getURI() + "#incoming-" + fragment(property));
            Node assertion = NodeFactory.createBlankNode();
            graph.add(Triple.create(collection, RDF.type.asNode(), HYDRA.Collection.asNode()));
            Node count = NodeFactory.createLiteralDT(String.valueOf(total), XSDDatatype.XSDinteger);
            graph.add(Triple.create(collection, HYDRA.totalItems.asNode(), count));
            graph.add(Triple.create(collection, HYDRA.memberAssertion.asNode(), assertion));
            graph.add(Triple.create(assertion, HYDRA.property.asNode(), NodeFactory.createURI(property)));
            graph.add(Triple.create(assertion, HYDRA.object.asNode(), NodeFactory.createURI(iri)));
            graph.add(Triple.create(collection, HYDRA.view.asNode(), view));
        });
        return graph;
    }

    /** The IRI of page {@code k}'s document of {@code format}. */
    public Node document(int k, RdfFormat format) {
        return NodeFactory.createURI(site.baseUri() + href(k, format).substring(1));
    }

    /** A fragment naming a property: its prefixed name ({@code prov-wasDerivedFrom}), or a hash of an IRI without a prefix. */
    private static String fragment(String property) {
        String shortForm = RdfFormat.PREFIXES.shortForm(property);
        return shortForm.equals(property) || !shortForm.matches("[A-Za-z][\\w.-]*:[\\w.-]+")
                ? Sha256.hex(property).substring(0, 16) : shortForm.replace(':', '-');
    }
}
