package org.pedigree.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.pedigree.model.InstanceIris;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * Turns a SHACL report graph into {@link Finding}s: each result with the record and source it
 * belongs to, and the site's IRIs shortened to their paths ({@code <model/a/b>}) so messages stay
 * readable. Violations come first.
 */
public final class ReportFindings {
    /** The order findings are shown in: by source, then record, violations first, then focus node. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> String.valueOf(f.source()))
            .thenComparing(f -> String.valueOf(f.recordId()))
            .thenComparing(f -> severityOrder(f.severity()))
            .thenComparing(f -> String.valueOf(f.focus()));

    private ReportFindings() {}

    public static List<Finding> of(Graph report, InstanceIris iris, Function<Node, String> recordOfFocus,
                                   Function<String, String> sourceOfRecord) {
        List<Finding> findings = new ArrayList<>();
        report.find(Node.ANY, SHACL.resultSeverity, Node.ANY).forEach(t -> {
            Node result = t.getSubject();
            Node focus = one(report, result, SHACL.focusNode);
            String recordId = focus == null ? null : recordOfFocus.apply(focus);
            Node path = one(report, result, SHACL.resultPath);
            findings.add(new Finding(t.getObject().getLocalName(), recordId,
                    recordId == null ? null : sourceOfRecord.apply(recordId),
                    show(iris, focus),
                    path == null ? null : path.isURI() ? prefixed(path.getURI()) : ShaclPaths.parsePath(report, path).toString(),
                    show(iris, one(report, result, SHACL.value)),
                    shorten(iris, String.valueOf(one(report, result, SHACL.resultMessage) == null ? ""
                            : one(report, result, SHACL.resultMessage).getLiteralLexicalForm())),
                    rule(report, result)));
        });
        findings.sort(ORDER);
        return findings;
    }

    /** The named constraint (a SPARQL constraint of a shape), else the named shape, else the constraint component. */
    private static String rule(Graph report, Node result) {
        for (Node property : List.of(SHACL.sourceConstraint, SHACL.sourceShape, SHACL.sourceConstraintComponent)) {
            Node rule = one(report, result, property);
            if (rule != null && rule.isURI()) {
                return rule.getLocalName();
            }
        }
        return null;
    }

    private static int severityOrder(String severity) {
        return switch (severity) {
            case "Violation" -> 0;
            case "Warning" -> 1;
            default -> 2;
        };
    }

    private static Node one(Graph graph, Node subject, Node predicate) {
        var it = graph.find(subject, predicate, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String show(InstanceIris iris, Node node) {
        if (node == null) {
            return null;
        }
        if (node.isBlank()) {
            return "[]";
        }
        if (node.isLiteral()) {
            return "\"" + node.getLiteralLexicalForm() + "\"";
        }
        return shorten(iris, "<" + node.getURI() + ">");
    }

    private static final String[][] PREFIXES = {
        {PROV.NS, "prov:"}, {SCHEMA.NS, "schema:"}, {PED.NS, "ped:"},
        {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:"}, {"http://www.w3.org/2004/02/skos/core#", "skos:"},
    };

    private static String prefixed(String iri) {
        for (String[] p : PREFIXES) {
            if (iri.startsWith(p[0])) {
                return p[1] + iri.substring(p[0].length());
            }
        }
        return "<" + iri + ">";
    }

    private static String shorten(InstanceIris iris, String text) {
        return text.replace("<" + iris.base(), "<");
    }
}
