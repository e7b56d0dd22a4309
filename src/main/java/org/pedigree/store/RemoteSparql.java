package org.pedigree.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pedigree.vocab.PED;

/**
 * SPARQL 1.1 Protocol calls to a remote store, with blank nodes kept as skolem IRIs there (RDF 1.1
 * §3.5): a blank node written is stored as {@code https://w3id.org/pedigree/.well-known/genid/LABEL}
 * and read back as the blank node LABEL, so it keeps its identity from one query to the next and
 * can be deleted — which remote blank nodes cannot.
 */
final class RemoteSparql {
    static final String GENID = PED.ONTOLOGY + "/.well-known/genid/";
    /** Keeps the store's own state (the generation stamp) out of what Pedigree reads as data. */
    static final String HIDE_STATE = "FILTER(?g != <" + RemoteLineageStore.GENERATION_GRAPH + ">) ";

    private static final Model LOCAL_MODEL = ModelFactory.createDefaultModel();

    private final String endpoint;

    RemoteSparql(String endpoint) {
        this.endpoint = endpoint;
    }

    String endpoint() {
        return endpoint;
    }

    static Node toRemote(Node node) {
        return node.isBlank() ? NodeFactory.createURI(GENID + node.getBlankNodeLabel().replaceAll("[^A-Za-z0-9_.-]", "_")) : node;
    }

    static Node toLocal(Node node) {
        return node != null && node.isURI() && node.getURI().startsWith(GENID)
                ? NodeFactory.createBlankNode(node.getURI().substring(GENID.length())) : node;
    }

    /** The quads matching a pattern (any of g, s, p, o may be {@link Node#ANY}); g must not be the default graph. */
    List<Quad> find(Node g, Node s, Node p, Node o) {
        String graph = term(g, "?g");
        String query = "SELECT * WHERE { GRAPH " + graph + " { " + term(s, "?s") + " " + term(p, "?p") + " " + term(o, "?o") + " } "
                + (graph.equals("?g") ? HIDE_STATE : "") + "}";
        List<Quad> quads = new ArrayList<>();
        try (QueryExec exec = QueryExecHTTP.service(endpoint).query(query).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                quads.add(Quad.create(value(row, "g", g), value(row, "s", s), value(row, "p", p), value(row, "o", o)));
            }
        }
        return quads;
    }

    /** The names of the graphs that hold at least one triple. */
    List<Node> graphNames() {
        List<Node> names = new ArrayList<>();
        try (QueryExec exec = QueryExecHTTP.service(endpoint).query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } " + HIDE_STATE + "}").build()) {
            exec.select().forEachRemaining(row -> names.add(toLocal(row.get(Var.alloc("g")))));
        }
        return names;
    }

    private static Node value(Binding row, String var, Node pattern) {
        return pattern == null || pattern.equals(Node.ANY) ? toLocal(row.get(Var.alloc(var))) : pattern;
    }

    private static String term(Node node, String variable) {
        return node == null || node.equals(Node.ANY) ? variable : NodeFmtLib.strNT(toRemote(node));
    }

    /** Sends one SPARQL Update: the deletions, then the insertions, then the extra operations — one transaction for the store. */
    void update(Collection<Quad> deletions, Collection<Quad> insertions, String extra) {
        StringBuilder text = new StringBuilder();
        if (!deletions.isEmpty()) {
            text.append("DELETE DATA {\n");
            deletions.forEach(q -> text.append(quad(q)));
            text.append("} ;\n");
        }
        if (!insertions.isEmpty()) {
            text.append("INSERT DATA {\n");
            insertions.forEach(q -> text.append(quad(q)));
            text.append("} ;\n");
        }
        text.append(extra);
        UpdateExecHTTP.service(endpoint).update(text.toString()).execute();
    }

    private static String quad(Quad q) {
        Triple t = q.asTriple();
        return "GRAPH " + NodeFmtLib.strNT(toRemote(q.getGraph())) + " { " + NodeFmtLib.strNT(toRemote(t.getSubject())) + " "
                + NodeFmtLib.strNT(toRemote(t.getPredicate())) + " " + NodeFmtLib.strNT(toRemote(t.getObject())) + " }\n";
    }

    /** Runs a query remotely and hands each row (blank nodes restored) to {@code rows} while the results stream. */
    <T> List<T> select(Query query, Function<QuerySolution, T> row) {
        List<T> out = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.service(endpoint).query(query).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                QuerySolutionMap local = new QuerySolutionMap();
                solution.varNames().forEachRemaining(v -> local.add(v, LOCAL_MODEL.asRDFNode(toLocal(solution.get(v).asNode()))));
                out.add(row.apply(local));
            }
        }
        return out;
    }

    /** A CONSTRUCT run remotely, blank nodes restored. */
    Graph construct(Query query) {
        Graph graph = GraphFactory.createGraphMem();
        try (QueryExecution exec = QueryExecution.service(endpoint).query(query).build()) {
            exec.execConstruct().getGraph().find().forEachRemaining(t ->
                    graph.add(Triple.create(toLocal(t.getSubject()), t.getPredicate(), toLocal(t.getObject()))));
        }
        return graph;
    }

    /** One value of a one-row, one-column query, if there is a row. */
    Optional<Node> single(String query) {
        try (QueryExec exec = QueryExecHTTP.service(endpoint).query(query).build()) {
            RowSet rows = exec.select();
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            Binding row = rows.next();
            var vars = row.vars();
            return vars.hasNext() ? Optional.ofNullable(row.get(vars.next())) : Optional.empty();
        }
    }

    boolean ask(String query) {
        try (QueryExec exec = QueryExecHTTP.service(endpoint).query(query).build()) {
            return exec.ask();
        }
    }
}
