package org.pedigree.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pedigree.vocab.PED;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LineageStore} on any SPARQL 1.1 Query + Update service (Fuseki, GraphDB, Virtuoso,
 * Neptune…), so several publishers can share one store. Reads are SPARQL queries; a write
 * collects its changes and sends them as <b>one</b> SPARQL Update request, which the store applies
 * atomically, together with a new generation stamp, so every publisher on the store sees that
 * something changed. The store's default graph must be the union of its named graphs (Fuseki:
 * {@code tdb2:unionDefaultGraph true}; see docs/deploy.md), as in the embedded store.
 * <p>
 * Differences from the embedded store: a read is not one snapshot (each query sees the latest
 * committed state), and a write's reads may miss a concurrent write of another publisher — the last
 * write of a record wins, each write still whole or not at all. Blank nodes are stored as skolem IRIs.
 */
public final class RemoteLineageStore implements LineageStore {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteLineageStore.class);
    /** The graph holding the stamp that changes with every write. */
    static final String GENERATION_GRAPH = PED.GRAPH_NS + "generation";
    private static final String GENERATION = PED.NS + "generation";
    private static final long STAMP_CACHE_NANOS = 500_000_000L;

    private final RemoteSparql remote;
    private final ReentrantLock writes = new ReentrantLock();
    private final StoreReads reads = new SparqlReads(this);
    private volatile String stamp = "";
    private volatile long stampReadAt;

    private RemoteLineageStore(String endpoint) {
        this.remote = new RemoteSparql(endpoint);
    }

    /**
     * Connects to the SPARQL service at {@code endpoint} (queries and updates at the same URL, as
     * a Fuseki dataset URL takes both).
     *
     * @throws StoreUnavailableException when the service does not answer a query
     */
    public static RemoteLineageStore connect(String endpoint) {
        RemoteLineageStore store = new RemoteLineageStore(endpoint);
        try {
            store.remote.ask("ASK {}");
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("the remote store at " + endpoint + " does not answer SPARQL queries ("
                    + e.getMessage() + ")", e);
        }
        return store;
    }

    /** The SPARQL service URL, which the publisher's {@code /sparql} forwards queries to. */
    @Override
    public Optional<String> sparqlService() {
        return Optional.of(remote.endpoint());
    }

    /**
     * Checks that the store's default graph is the union of its named graphs.
     *
     * @throws StoreUnavailableException when a triple of a named graph is missing from the default graph
     */
    public void requireUnionDefaultGraph() {
        if (remote.ask("ASK { GRAPH ?g { ?s ?p ?o } " + RemoteSparql.HIDE_STATE + "FILTER NOT EXISTS { ?s ?p ?o } }")) {
            throw new StoreUnavailableException("the remote store at " + remote.endpoint() + " does not show its named graphs in its "
                    + "default graph: configure its dataset with a union default graph (Fuseki: tdb2:unionDefaultGraph true; see docs/deploy.md)", null);
        }
    }

    /** Each read is one SPARQL query, one request. */
    @Override
    public StoreReads reads() {
        return reads;
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        return action.apply(new RemoteDatasetGraph(remote, false));
    }

    @Override
    public void write(Consumer<DatasetGraph> action) {
        writes.lock();
        try {
            RemoteDatasetGraph changes = new RemoteDatasetGraph(remote, true);
            action.accept(changes);
            if (changes.added().isEmpty() && changes.deleted().isEmpty()) {
                return;
            }
            String next = UUID.randomUUID().toString();
            remote.update(changes.deleted(), changes.added(), "DELETE WHERE { GRAPH <" + GENERATION_GRAPH + "> { ?s ?p ?o } } ;\n"
                    + "INSERT DATA { GRAPH <" + GENERATION_GRAPH + "> { <" + GENERATION_GRAPH + "> <" + GENERATION + "> \"" + next + "\" } }");
            stamp = next;
            stampReadAt = System.nanoTime();
        } finally {
            writes.unlock();
        }
    }

    @Override
    public <T> List<T> select(Query query, Function<QuerySolution, T> row) {
        return remote.select(query, row);
    }

    @Override
    public Graph construct(Query query) {
        return remote.construct(query);
    }

    @Override
    public boolean isEmpty() {
        return !remote.ask("ASK { GRAPH ?g { ?s ?p ?o } " + RemoteSparql.HIDE_STATE + "}");
    }

    /** Changes whenever any publisher on the store commits a write (read from the store at most twice a second). */
    @Override
    public long generation() {
        if (System.nanoTime() - stampReadAt > STAMP_CACHE_NANOS) {
            stamp = remote.single("SELECT ?v WHERE { GRAPH <" + GENERATION_GRAPH + "> { <" + GENERATION_GRAPH + "> <" + GENERATION + "> ?v } }")
                    .map(Node::getLiteralLexicalForm).orElse("");
            stampReadAt = System.nanoTime();
        }
        return stamp.hashCode();
    }

    @Override
    public boolean isReady() {
        try {
            return remote.ask("ASK {}");
        } catch (RuntimeException e) {
            LOG.warn("The remote store does not answer: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public String describe() {
        return "the remote SPARQL store at " + remote.endpoint();
    }

    @Override
    public void close() {
        // nothing is held open between requests
    }
}
