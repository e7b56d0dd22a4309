package org.pedigree.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphTriplesQuads;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Match;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;

/**
 * The dataset of a {@link RemoteLineageStore} as Jena code sees it inside one read or write: every
 * {@code find} is a SPARQL query to the remote store (the default graph is the union of the named
 * graphs, as in the embedded store), and every change is kept here, seen by later reads of the
 * same write, until the store sends them all in one SPARQL Update. Only named graphs can be
 * written.
 */
final class RemoteDatasetGraph extends DatasetGraphTriplesQuads {
    private final RemoteSparql remote;
    private final boolean writable;
    private final Set<Quad> added = new LinkedHashSet<>();
    private final Set<Quad> deleted = new LinkedHashSet<>();
    private final Transactional transactional = TransactionalNull.create();
    private final PrefixMap prefixes = PrefixMapFactory.create();

    RemoteDatasetGraph(RemoteSparql remote, boolean writable) {
        this.remote = remote;
        this.writable = writable;
    }

    Set<Quad> added() {
        return added;
    }

    Set<Quad> deleted() {
        return deleted;
    }

    private void mustWrite() {
        if (!writable) {
            throw new UnsupportedOperationException("a read of the remote store cannot change it: use LineageStore.write");
        }
    }

    @Override
    protected void addToDftGraph(Node s, Node p, Node o) {
        throw new UnsupportedOperationException("the default graph is the union of the named graphs: write into a named graph");
    }

    @Override
    protected void deleteFromDftGraph(Node s, Node p, Node o) {
        throw new UnsupportedOperationException("the default graph is the union of the named graphs: delete from a named graph");
    }

    @Override
    protected void addToNamedGraph(Node g, Node s, Node p, Node o) {
        mustWrite();
        Quad quad = Quad.create(g, s, p, o);
        deleted.remove(quad);
        added.add(quad); // INSERT DATA of a quad the store holds already changes nothing

    }

    @Override
    protected void deleteFromNamedGraph(Node g, Node s, Node p, Node o) {
        mustWrite();
        Quad quad = Quad.create(g, s, p, o);
        added.remove(quad);
        deleted.add(quad); // DELETE DATA of a quad the store does not hold changes nothing

    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        // The union of the named graphs, each triple once.
        Set<Triple> triples = new LinkedHashSet<>();
        findInAnyNamedGraphs(s, p, o).forEachRemaining(q -> triples.add(q.asTriple()));
        return triples.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).iterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return merged(g, s, p, o);
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return merged(Node.ANY, s, p, o);
    }

    @Override
    protected Stream<Quad> streamInDftGraph(Node s, Node p, Node o) {
        return Iter.asStream(findInDftGraph(s, p, o));
    }

    @Override
    protected Stream<Quad> streamInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return Iter.asStream(findInSpecificNamedGraph(g, s, p, o));
    }

    @Override
    protected Stream<Quad> streamInAnyNamedGraphs(Node s, Node p, Node o) {
        return Iter.asStream(findInAnyNamedGraphs(s, p, o));
    }

    private Iterator<Quad> merged(Node g, Node s, Node p, Node o) {
        Set<Quad> quads = new LinkedHashSet<>();
        for (Quad q : remote.find(g, s, p, o)) {
            if (!deleted.contains(q)) {
                quads.add(q);
            }
        }
        for (Quad q : added) {
            if (Match.match(q, g, s, p, o)) {
                quads.add(q);
            }
        }
        return quads.iterator();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        Set<Node> graphs = new LinkedHashSet<>(remote.graphNames());
        added.forEach(q -> graphs.add(q.getGraph()));
        graphs.removeIf(g -> !find(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
        return graphs.iterator();
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public boolean supportsTransactions() {
        return false;
    }

    @Override
    public void begin(TxnType type) {
        transactional.begin(type);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        transactional.begin(readWrite);
    }

    @Override
    public boolean promote(Promote mode) {
        return transactional.promote(mode);
    }

    @Override
    public void commit() {
        transactional.commit();
    }

    @Override
    public void abort() {
        transactional.abort();
    }

    @Override
    public void end() {
        transactional.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return transactional.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return transactional.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return transactional.isInTransaction();
    }
}
