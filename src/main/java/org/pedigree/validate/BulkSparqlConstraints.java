package org.pedigree.validate;

import java.util.Collection;
import java.util.Iterator;
import java.util.regex.Matcher;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Runs a node shape's SHACL-SPARQL constraint for many focus nodes in one query: the focus nodes
 * are given to {@code $this} by a {@code VALUES} block at the start of the pattern, instead of one
 * query execution (and one query compilation) per node. The report entries are the ones Jena's
 * engine makes: same message substitution, same value, same source shape and constraint.
 */
final class BulkSparqlConstraints {
    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");

    private BulkSparqlConstraints() {}

    static void validate(ValidationContext context, Graph data, Shape shape, SparqlConstraint constraint, Collection<Node> focusNodes) {
        if (focusNodes.isEmpty()) {
            return;
        }
        Query query = withFocusNodes(constraint.getQuery(), focusNodes);
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(data)).query(query).build()) {
            exec.select().forEachRemaining(row -> {
                Node focus = row.get(THIS);
                Node value = row.get(VALUE) != null ? row.get(VALUE) : focus;
                String message = constraint.getMessage() == null
                        ? "SPARQL SELECT constraint for " + ShLib.displayStr(focus) + " returns " + ShLib.displayStr(value)
                        : substitute(constraint.getMessage(), row);
                context.reportEntry(message, shape, focus, null, value, constraint, shape.getShapeNode());
            });
        }
    }

    /** The constraint's query with {@code VALUES ?this { … }} first in its pattern, and ?this projected. */
    private static Query withFocusNodes(Query original, Collection<Node> focusNodes) {
        Query query = original.cloneQuery();
        ElementData values = new ElementData();
        values.add(THIS);
        focusNodes.forEach(node -> values.add(BindingFactory.binding(THIS, node)));
        ElementGroup group = new ElementGroup();
        group.addElement(values);
        Element pattern = query.getQueryPattern();
        if (pattern instanceof ElementGroup inner) {
            inner.getElements().forEach(group::addElement);
        } else {
            group.addElement(pattern);
        }
        query.setQueryPattern(group);
        if (!query.isQueryResultStar() && !query.getProjectVars().contains(THIS)) {
            query.addResultVar(THIS);
        }
        return query;
    }

    /** Replaces {@code {?var}} and {@code {$var}} as Jena's engine does: literals by their text, other nodes displayed. */
    private static String substitute(String template, Binding row) {
        String message = template;
        for (Iterator<Var> vars = row.vars(); vars.hasNext(); ) {
            Var var = vars.next();
            Node node = row.get(var);
            String text = node.isLiteral() ? node.getLiteralLexicalForm() : ShLib.displayStr(node);
            message = message.replaceAll("\\{[?$]" + Matcher.quoteReplacement(var.getVarName()) + "\\}", Matcher.quoteReplacement(text));
        }
        return message;
    }
}
