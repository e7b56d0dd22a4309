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
import org.pedigree.publish.http.RdfFormat;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.PageHead;
import org.pedigree.publish.view.Pages;

/**
 * The HTML page of a dataset, activity or agent: what it is, every statement about it (values
 * linked, with their labels), and what points at it. Built from the same description as its RDF
 * documents, which it embeds as JSON-LD.
 */
public final class ThingPage implements ThingResource.HtmlPage {
    private static final List<String> LABELS = List.of("http://schema.org/name", "http://www.w3.org/2000/01/rdf-schema#label",
            "http://www.w3.org/2004/02/skos/core#prefLabel");

    /** One value on the page: its text, and where it links (null for a literal). */
    record Value(String text, String href) {}

    /** One property with its values. */
    record Row(String property, String propertyIri, List<Value> values) {}

    private final Site site;
    private final Pages pages;

    public ThingPage(Site site, Pages pages) {
        this.site = site;
        this.pages = pages;
    }

    @Override
    public void render(Context ctx, String iri, Graph description) {
        Node thing = NodeFactory.createURI(iri);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("iri", iri);
        model.put("label", label(description, thing));
        model.put("types", description.find(thing, RDF.type.asNode(), Node.ANY).mapWith(t -> value(description, t.getObject())).toList());
        model.put("rows", rows(description, thing, true));
        model.put("incoming", rows(description, thing, false));
        model.putAll(PageHead.of(site, iri, description));
        ctx.html(pages.render("thing", model));
    }

    private List<Row> rows(Graph graph, Node thing, boolean outgoing) {
        Map<String, List<Value>> byProperty = new TreeMap<>();
        (outgoing ? graph.find(thing, Node.ANY, Node.ANY) : graph.find(Node.ANY, Node.ANY, thing)).forEach(t -> {
            if (outgoing && t.getPredicate().equals(RDF.type.asNode())) {
                return;
            }
            byProperty.computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>())
                    .add(value(graph, outgoing ? t.getObject() : t.getSubject()));
        });
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            values.sort(Comparator.comparing(Value::text));
            rows.add(new Row(RdfFormat.PREFIXES.shortForm(p), p, values));
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
