package org.pedigree.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * SPARQL kept in {@code .rq} files under {@code /queries/} on the classpath. Each file is parsed
 * once; values replace its variables in the syntax tree (never concatenated into the query text),
 * which costs a few microseconds where parsing costs a few hundred.
 *
 * <pre>{@code
 * Query q = SparqlQueries.query("model", Map.of("model", SparqlQueries.iri(iri)));
 * q.setLimit(20);   // each call returns a query of its own
 * }</pre>
 */
public final class SparqlQueries {
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private SparqlQueries() {}

    /** {@code /queries/NAME.rq} as a query of the caller's own. */
    public static Query query(String name) {
        return query(name, Map.of());
    }

    /** {@code /queries/NAME.rq} with each named variable replaced by its value, as a query of the caller's own. */
    public static Query query(String name, Map<String, ? extends Node> values) {
        Map<Var, Node> vars = new HashMap<>();
        values.forEach((var, value) -> vars.put(Var.alloc(var), value));
        return QueryTransformOps.replaceVars(PARSED.computeIfAbsent(name, SparqlQueries::load), vars);
    }

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    /** A copy of a result row that outlives its transaction (TDB2 rows resolve their nodes lazily). */
    public static QuerySolution detach(QuerySolution row) {
        QuerySolutionMap copy = new QuerySolutionMap();
        row.varNames().forEachRemaining(var -> copy.add(var, row.get(var)));
        return copy;
    }

    /** The text of a row's value: a literal's lexical form or an IRI; null when unbound or a blank node. */
    public static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : null;
    }

    private static Query load(String name) {
        String path = "/queries/" + name + ".rq";
        try (InputStream in = SparqlQueries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no query " + path + " on the classpath");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
