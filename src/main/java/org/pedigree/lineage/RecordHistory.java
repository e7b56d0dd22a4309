package org.pedigree.lineage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.RecordInfo;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;

/**
 * Reads records as stored: their metadata and history (the versions are the store's own
 * {@link LineageStore#reads() reads}), their current content and any earlier version.
 */
public final class RecordHistory {
    private final LineageStore store;
    private final InstanceIris iris;

    public RecordHistory(LineageStore store, InstanceIris iris) {
        this.store = store;
        this.iris = iris;
    }

    public Optional<RecordInfo> record(String id) {
        List<QuerySolution> rows = store.select(query("record", id), SparqlQueries::detach);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution row = rows.getFirst();
        List<RecordInfo.Version> history = versions(id);
        String describes = text(row, "describes");
        return Optional.of(new RecordInfo(id, iris.record(id), row.getResource("status").getURI().endsWith("#Retired"),
                row.getLiteral("version").getInt(), text(row, "created"), text(row, "modified"),
                describes == null || describes.isBlank() ? List.of() : Arrays.asList(describes.split(" ")), history));
    }

    /** The triples of the record as it is now. */
    public Optional<Graph> current(String id) {
        Node name = NodeFactory.createURI(iris.record(id));
        return store.read(dsg -> {
            if (!dsg.containsGraph(name)) {
                return Optional.empty();
            }
            Graph copy = GraphFactory.createGraphMem();
            dsg.getGraph(name).find().forEach(copy::add);
            return Optional.of(copy);
        });
    }

    /** The triples of version {@code n} of the record, as they were stored then. */
    public Optional<Graph> version(String id, int n) {
        Optional<RecordInfo> info = record(id);
        if (info.isPresent() && info.get().version() == n) {
            return current(id);
        }
        Query q = SparqlQueries.query("record-snapshot", Map.of("meta", SparqlQueries.iri(iris.recordMetadataGraph()),
                "version", SparqlQueries.iri(iris.recordVersion(id, n))));
        List<String> snapshots = store.select(q, row -> row.getLiteral("snapshot").getLexicalForm());
        if (snapshots.isEmpty()) {
            return Optional.empty();
        }
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(snapshots.getFirst(), Lang.NTRIPLES).parse(graph);
        return Optional.of(graph);
    }

    /** Every version of the record {@code id}, oldest first (none when there is no such record). */
    public List<RecordInfo.Version> versions(String id) {
        return store.reads().versions(iris.record(id), iris.recordMetadataGraph());
    }

    private Query query(String name, String id) {
        return SparqlQueries.query(name, Map.of("meta", SparqlQueries.iri(iris.recordMetadataGraph()), "record", SparqlQueries.iri(iris.record(id))));
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
