package org.pedigree.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.pedigree.model.InstanceIris;

/**
 * SPARQL Update over lineage records. An update may change record graphs ({@code <record/ID>})
 * and nothing else: not the default graph (the union of all records), not Pedigree's knowledge
 * graphs, not the record history. It runs inside the caller's write transaction; what it made of
 * each record it touched is returned as an {@link IncomingRecord} and the dataset is put back as it
 * was, so the records then take the one write path (shapes, versions, audit) like any other.
 * {@code LOAD} is refused (the server never fetches a URL), and so are {@code DROP}/{@code CLEAR}
 * of more than one graph (records are retired, never erased).
 */
public final class SparqlUpdateRecords {
    private final InstanceIris iris;
    private final Duration timeout;

    public SparqlUpdateRecords(InstanceIris iris, Duration timeout) {
        this.iris = iris;
        this.timeout = timeout;
    }

    /** Parses an update, refusing the operations no token may run here. */
    public UpdateRequest parse(String text) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, iris.base());
        } catch (QueryException e) {
            throw new InputProblem("update: " + e.getMessage().strip() + " — fix the SPARQL Update syntax.", e);
        }
        for (Update operation : request.getOperations()) {
            if (operation instanceof UpdateLoad) {
                throw new InputProblem("update: LOAD is refused — this server never fetches a URL. Send the data itself: "
                        + "PUT /sparql?graph=<record IRI> with the triples, or POST /api/records.");
            }
            if (operation instanceof UpdateDropClear dropClear && !dropClear.isOneGraph()) {
                throw new InputProblem("update: DROP or CLEAR of ALL, NAMED or DEFAULT graphs is refused — records are never erased; "
                        + "retire one with DELETE /api/records/ID.");
            }
        }
        return request;
    }

    /**
     * Runs {@code request} on {@code dsg} (which must be in a write transaction) and returns the new
     * content of every record graph it changed; {@code dsg} is left as it was.
     *
     * @throws InputProblem when the update writes outside record graphs, empties a record, or
     *                      runs past the timeout
     */
    public List<IncomingRecord> apply(DatasetGraph dsg, UpdateRequest request, String sourceName, String sha256) {
        Tracking tracking = new Tracking(dsg);
        try {
            UpdateExec.dataset(tracking).update(request).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).execute();
        } catch (QueryCancelledException e) {
            throw new InputProblem("update: stopped after the timeout of " + timeout.toSeconds()
                    + " s — nothing was changed. Make its WHERE clause more selective.", e);
        }
        List<IncomingRecord> records = new ArrayList<>();
        for (Map.Entry<Node, Graph> touched : tracking.before.entrySet()) {
            Node name = touched.getKey();
            String id = iris.recordId(name.getURI()).orElseThrow();
            Graph after = copy(dsg.getGraph(name));
            if (after.isEmpty()) {
                throw new InputProblem("update: it would leave the record " + id + " empty — records are never erased; "
                        + "retire it with DELETE /api/records/" + id + ".");
            }
            records.add(new IncomingRecord(id, after, sourceName, "sparql-update", sha256));
            dsg.removeGraph(name);
            touched.getValue().find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        return records;
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEach(copy::add);
        return copy;
    }

    /**
     * Passes every change to the dataset, first keeping the previous content of each graph it
     * touches, and refuses a change outside the record graphs. Queries run on the wrapped dataset.
     */
    private final class Tracking extends DatasetGraphWrapper {
        private final Map<Node, Graph> before = new LinkedHashMap<>();

        Tracking(DatasetGraph dsg) {
            super(dsg);
        }

        private void touch(Node graphName) {
            if (graphName == null || Quad.isDefaultGraph(graphName) || Quad.isUnionGraph(graphName)) {
                throw new InputProblem("update: it writes to the default graph, which is the union of every record — "
                        + "write inside GRAPH <" + iris.recordNamespace() + "ID> { … }.");
            }
            if (!graphName.isURI() || iris.recordId(graphName.getURI()).isEmpty()) {
                throw new InputProblem("update: it writes to the graph " + graphName + ", which is not a record — only record graphs <"
                        + iris.recordNamespace() + "ID> may be changed; the vocabulary and the record history are Pedigree's own.");
            }
            before.computeIfAbsent(graphName, name -> copy(getWrapped().getGraph(name)));
        }

        @Override
        public Graph getGraph(Node graphName) {
            return GraphView.createNamedGraph(this, graphName);
        }

        @Override
        public Graph getDefaultGraph() {
            return GraphView.createDefaultGraph(this);
        }

        @Override
        public void add(Quad quad) {
            add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            touch(g);
            getWrapped().add(g, s, p, o);
        }

        @Override
        public void delete(Quad quad) {
            delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            touch(g);
            getWrapped().delete(g, s, p, o);
        }

        @Override
        public void deleteAny(Node g, Node s, Node p, Node o) {
            if (g == null || Node.ANY.equals(g)) {
                throw new InputProblem("update: it deletes from every graph at once — name the record graph it changes.");
            }
            touch(g);
            getWrapped().deleteAny(g, s, p, o);
        }

        @Override
        public void addGraph(Node graphName, Graph graph) {
            touch(graphName);
            graph.find().forEach(t -> getWrapped().add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        }

        @Override
        public void removeGraph(Node graphName) {
            touch(graphName);
            getWrapped().removeGraph(graphName);
        }

        @Override
        public void clear() {
            throw new InputProblem("update: it would clear the whole store — records are never erased.");
        }
    }
}
