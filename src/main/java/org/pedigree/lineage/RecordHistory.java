package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.RecordInfo;
import org.pedigree.store.GraphReads;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;
import org.pedigree.vocab.PED;

/** Reads records as stored: their metadata and history, their current content and any earlier version. */
public final class RecordHistory {
    private final LineageStore store;
    private final InstanceIris iris;
    private final boolean direct;

    public RecordHistory(LineageStore store, InstanceIris iris) {
        this(store, iris, store.sparqlService().isEmpty());
    }

    /** @param direct read versions through the store's indexes (a store in this process), else in SPARQL */
    RecordHistory(LineageStore store, InstanceIris iris, boolean direct) {
        this.store = store;
        this.iris = iris;
        this.direct = direct;
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
        if (direct) {
            return store.read(dsg -> versions(dsg.getGraph(NodeFactory.createURI(iris.recordMetadataGraph())), NodeFactory.createURI(iris.record(id))));
        }
        return store.select(query("record-versions", id), v -> new RecordInfo.Version(
                v.getLiteral("n").getInt(), v.getResource("version").getURI(), text(v, "created"), text(v, "submittedBy"),
                text(v, "sourceName"), text(v, "sourceFormat"), text(v, "sourceChecksum")));
    }

    /** What {@code record-versions.rq} answers, read from the metadata graph's indexes. */
    private static List<RecordInfo.Version> versions(Graph meta, Node record) {
        List<RecordInfo.Version> versions = new ArrayList<>();
        meta.find(Node.ANY, DCTerms.isVersionOf.asNode(), record).mapWith(Triple::getSubject).toList().forEach(version -> {
            Map<Node, List<Node>> facts = GraphReads.properties(meta, version);
            List<Node> n = facts.getOrDefault(PED.versionNumber.asNode(), List.of());
            String created = GraphReads.text(facts, DCTerms.created.asNode());
            String submittedBy = GraphReads.text(facts, PED.submittedBy.asNode());
            String sourceFormat = GraphReads.text(facts, PED.sourceFormat.asNode());
            if (!n.isEmpty() && n.getFirst().isLiteral() && created != null && submittedBy != null && sourceFormat != null) {
                versions.add(new RecordInfo.Version(((Number) n.getFirst().getLiteralValue()).intValue(), version.getURI(), created, submittedBy,
                        GraphReads.text(facts, PED.sourceName.asNode()), sourceFormat, GraphReads.text(facts, PED.sourceChecksum.asNode())));
            }
        });
        versions.sort(java.util.Comparator.comparingInt(RecordInfo.Version::number));
        return versions;
    }

    private Query query(String name, String id) {
        return SparqlQueries.query(name, Map.of("meta", SparqlQueries.iri(iris.recordMetadataGraph()), "record", SparqlQueries.iri(iris.record(id))));
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
