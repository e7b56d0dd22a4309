package org.pedigree.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.shacl.engine.ShaclPaths;

/**
 * The results of a SHACL validation report graph as one line each, in a stable order:
 * {@code Violation | focus | path | value | shape | constraint | message}. Blank nodes print as
 * {@code []}, so two reports of the same data compare equal whatever their blank-node labels.
 * Used to compare reports with the expected ones of the shape cases, and as the plain form of a
 * report in words.
 */
public final class ReportLines {
    private ReportLines() {}

    public static List<String> of(Graph report) {
        List<String> lines = new ArrayList<>();
        report.find(Node.ANY, SHACL.resultSeverity, Node.ANY).forEach(t -> {
            Node result = t.getSubject();
            lines.add(String.join(" | ",
                    t.getObject().getLocalName(),
                    show(one(report, result, SHACL.focusNode)),
                    path(report, result),
                    show(one(report, result, SHACL.value)),
                    show(one(report, result, SHACL.sourceShape)),
                    show(one(report, result, SHACL.sourceConstraintComponent)),
                    show(one(report, result, SHACL.resultMessage))));
        });
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static String path(Graph report, Node result) {
        Node path = one(report, result, SHACL.resultPath);
        if (path == null) {
            return "-";
        }
        if (path.isURI()) {
            return show(path);
        }
        Path parsed = ShaclPaths.parsePath(report, path);
        return parsed.toString();
    }

    private static Node one(Graph graph, Node subject, Node predicate) {
        var it = graph.find(subject, predicate, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String show(Node node) {
        if (node == null) {
            return "-";
        }
        if (node.isBlank()) {
            return "[]";
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return "<" + node.getURI() + ">";
    }
}
