package org.pedigree.publish;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The public SPARQL 1.1 endpoint at {@code /sparql}, answered by real Fuseki: query only. The
 * dataset is registered without Fuseki's standard services, so neither SPARQL Update nor the Graph
 * Store Protocol (which would hand the whole dataset to a bare {@code GET /sparql}) is reachable.
 * {@code SERVICE} is off (no query can make the server call other hosts) and every query stops
 * after the query timeout.
 */
final class SparqlEndpoint {
    static final String PATH = "/sparql";

    private SparqlEndpoint() {}

    static void register(FusekiServer.Builder fuseki, DatasetGraph dataset, java.time.Duration queryTimeout) {
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        dataset.getContext().set(ARQ.queryTimeout, queryTimeout.toMillis());
        fuseki.addDataset(PATH, dataset).addOperation(PATH, Operation.Query);
    }
}
