package org.pedigree.publish.pages;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * Small reads of Pedigree's knowledge graph (dictionary, kinds, licences) for the term pages:
 * the literals and IRIs of a property, and a thing's label.
 */
final class Vocabulary {
    static final String SCHEMA = "http://schema.org/";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String ODRL = "http://www.w3.org/ns/odrl/2/";

    private final Graph graph;

    Vocabulary(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    List<Node> objects(Node subject, String property) {
        List<Node> found = new ArrayList<>();
        graph.find(subject, iri(property), Node.ANY).forEachRemaining(t -> {
            if (!found.contains(t.getObject())) {
                found.add(t.getObject());
            }
        });
        return found;
    }

    List<Node> subjects(String property, Node object) {
        List<Node> found = new ArrayList<>();
        graph.find(Node.ANY, iri(property), object).forEachRemaining(t -> {
            if (!found.contains(t.getSubject())) {
                found.add(t.getSubject());
            }
        });
        return found;
    }

    /** The lexical forms of the literals of a property, sorted. */
    List<String> texts(Node subject, String property) {
        return objects(subject, property).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().toList();
    }

    /** The first literal of a property, or null. */
    String text(Node subject, String property) {
        List<String> texts = texts(subject, property);
        return texts.isEmpty() ? null : texts.get(0);
    }

    /** The IRIs a property names, in the graph's order. */
    List<String> iris(Node subject, String property) {
        return objects(subject, property).stream().filter(Node::isURI).map(Node::getURI).toList();
    }

    boolean has(Node subject, String property, Node object) {
        return graph.contains(subject, iri(property), object);
    }

    /** skos:prefLabel, schema:name or rdfs:label; else the end of the IRI. */
    String label(Node node) {
        for (String p : List.of(SKOS.prefLabel.getURI(), SCHEMA + "name", RDFS + "label")) {
            String label = text(node, p);
            if (label != null) {
                return label;
            }
        }
        if (!node.isURI()) {
            return node.toString();
        }
        String iri = node.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
