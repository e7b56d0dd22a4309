package org.pedigree.validate;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** SHACL report graphs of several validation steps as one {@code sh:ValidationReport}. */
public final class Reports {
    private Reports() {}

    /**
     * As {@link #merged}, in place: the report nodes of {@code results} are replaced by one (a big
     * batch's results are not copied).
     */
    public static Graph mergedInPlace(Graph results) {
        List<Node> reportNodes = results.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).mapWith(Triple::getSubject).toList();
        for (Node node : reportNodes) {
            results.find(node, Node.ANY, Node.ANY).toList().forEach(results::delete);
        }
        Node report = NodeFactory.createBlankNode();
        boolean conforms = !results.contains(Node.ANY, SHACL.resultSeverity, SHACL.Violation);
        List<Node> resultNodes = results.find(Node.ANY, SHACL.resultSeverity, Node.ANY).mapWith(Triple::getSubject).toList();
        results.add(Triple.create(report, RDF.type.asNode(), SHACL.ValidationReport));
        results.add(Triple.create(report, SHACL.conforms, NodeFactory.createLiteralDT(String.valueOf(conforms), XSDDatatype.XSDboolean)));
        resultNodes.forEach(result -> results.add(Triple.create(report, SHACL.result, result)));
        return results;
    }

    /** One report holding every result of {@code reports}; it conforms when none is a violation. */
    public static Graph merged(Graph results) {
        Graph merged = GraphFactory.createGraphMem();
        Node report = NodeFactory.createBlankNode();
        List<Node> reportNodes = results.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).mapWith(Triple::getSubject).toList();
        results.find().forEach(t -> {
            if (!reportNodes.contains(t.getSubject())) {
                merged.add(t);
            }
        });
        boolean conforms = !results.contains(Node.ANY, SHACL.resultSeverity, SHACL.Violation);
        merged.add(Triple.create(report, RDF.type.asNode(), SHACL.ValidationReport));
        merged.add(Triple.create(report, SHACL.conforms, NodeFactory.createLiteralDT(String.valueOf(conforms), XSDDatatype.XSDboolean)));
        results.find(Node.ANY, SHACL.resultSeverity, Node.ANY).forEach(t -> merged.add(Triple.create(report, SHACL.result, t.getSubject())));
        return merged;
    }
}
