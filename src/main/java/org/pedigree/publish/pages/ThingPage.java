package org.pedigree.publish.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.javalin.http.Context;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.store.DescriptionPage;
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.PageHead;
import org.pedigree.publish.view.PagedDescription;
import org.pedigree.publish.view.Pages;

/**
 * The HTML page of a dataset, activity or agent: what it is, every statement about it (values
 * linked, with their labels), and what points at it — one page of the description at a time (at
 * most {@value DescriptionPage#PER_PAGE} per property, with the total where there are more, and
 * links to the other pages). Built from the same description page as its RDF documents, which it
 * embeds as JSON-LD. Any thing's page after the first is this page.
 */
public final class ThingPage implements ThingResource.HtmlPage {
    private static final List<String> LABELS = List.of("http://schema.org/name", "http://www.w3.org/2000/01/rdf-schema#label",
            "http://www.w3.org/2004/02/skos/core#prefLabel");

    /** One value on the page: its text, and where it links (null for a literal). */
    public record Value(String text, String href) {}

    /** One property with its values; {@code total} is how many there are in all pages when this page shows only some, else null. */
    public record Row(String property, String propertyIri, List<Value> values, Long total) {}

    private final Site site;
    private final Pages pages;

    public ThingPage(Site site, Pages pages) {
        this.site = site;
        this.pages = pages;
    }

    @Override
    public void render(Context ctx, String iri, PagedDescription paged) {
        Graph description = paged.graph();
        Node thing = NodeFactory.createURI(iri);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("iri", iri);
        model.put("label", label(description, thing));
        model.put("types", description.find(thing, RDF.type.asNode(), Node.ANY).mapWith(t -> value(description, t.getObject())).toList());
        model.put("rows", rows(description, thing, true, Map.of()));
        Map<String, Long> totals = new TreeMap<>();
        paged.truncated().forEach(t -> totals.put(t.propertyIri(), t.total()));
        model.put("incoming", rows(description, thing, false, totals));
        model.putAll(PageHead.of(site, iri, paged));
        ctx.html(pages.render("thing", model));
    }

    private List<Row> rows(Graph graph, Node thing, boolean outgoing, Map<String, Long> totals) {
        Map<String, List<Value>> byProperty = new TreeMap<>();
        (outgoing ? graph.find(thing, Node.ANY, Node.ANY) : graph.find(Node.ANY, Node.ANY, thing)).forEach(t -> {
            if (outgoing && t.getPredicate().equals(RDF.type.asNode()) || !outgoing && !t.getSubject().isURI()) {
                return;
            }
            byProperty.computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>())
                    .add(value(graph, outgoing ? t.getObject() : t.getSubject()));
        });
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            values.sort(Comparator.comparing(Value::text));
            rows.add(new Row(RdfFormat.PREFIXES.shortForm(p), p, values, totals.get(p)));
        });
        return rows;
    }

    private Value value(Graph graph, Node node) {
        if (node.isLiteral()) {
            return new Value(node.getLiteralLexicalForm(), null);
        }
        if (node.isBlank()) {
            StringBuilder text = new StringBuilder("[ ");
            graph.find(node, Node.ANY, Node.ANY).forEach(t -> text.append(RdfFormat.PREFIXES.shortForm(t.getPredicate().getURI())).append(' ')
                    .append(t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm()
                            : t.getObject().isURI() ? label(graph, t.getObject()) : "[]").append(" ; "));
            return new Value(text.append(']').toString(), null);
        }
        return new Value(label(graph, node), site.href(node.getURI()));
    }

    static String label(Graph graph, Node node) {
        for (String property : LABELS) {
            var it = graph.find(node, NodeFactory.createURI(property), Node.ANY);
            if (it.hasNext()) {
                return it.next().getObject().getLiteralLexicalForm();
            }
        }
        return node.isURI() ? RdfFormat.PREFIXES.shortForm(node.getURI()) : node.toString();
    }
}
