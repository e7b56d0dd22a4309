package org.pedigree.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;

/**
 * SPARQL kept in {@code .rq} files under {@code /queries/} on the classpath; values are bound
 * with {@link ParameterizedSparqlString}, never concatenated into the query text.
 *
 * <pre>{@code
 * ParameterizedSparqlString q = SparqlQueries.get("model");
 * q.setIri("model", iri);
 * }</pre>
 */
public final class SparqlQueries {
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private SparqlQueries() {}

    /** A fresh parameterized copy of {@code /queries/NAME.rq}. */
    public static ParameterizedSparqlString get(String name) {
        return new ParameterizedSparqlString(TEXTS.computeIfAbsent(name, SparqlQueries::load));
    }

    /** A copy of a result row that outlives its transaction (TDB2 rows resolve their nodes lazily). */
    public static QuerySolution detach(QuerySolution row) {
        QuerySolutionMap copy = new QuerySolutionMap();
        row.varNames().forEachRemaining(var -> copy.add(var, row.get(var)));
        return copy;
    }

    private static String load(String name) {
        String path = "/queries/" + name + ".rq";
        try (InputStream in = SparqlQueries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no query " + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
