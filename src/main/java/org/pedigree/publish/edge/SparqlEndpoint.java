package org.pedigree.publish.edge;

import java.time.Duration;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * The public SPARQL 1.1 endpoint at {@code /sparql}, answered by real Fuseki: query only. The
 * dataset is registered without Fuseki's standard services, so neither SPARQL Update nor the Graph
 * Store Protocol (which would hand the whole dataset to a bare {@code GET /sparql}) is reachable.
 * {@code SERVICE} is off (no query can make the server call other hosts) unless an allow-list
 * names the endpoints it may call, and every query stops after the query timeout.
 */
public final class SparqlEndpoint {
    public static final String PATH = "/sparql";

    private SparqlEndpoint() {}

    public static void register(FusekiServer.Builder fuseki, DatasetGraph dataset, Duration queryTimeout,
                         Set<String> serviceAllowList) {
        if (serviceAllowList.isEmpty()) {
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
        } else {
            // SERVICE on, but only towards the endpoints named in the configuration.
            dataset.getContext().set(ARQ.httpServiceAllowed, true);
            ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
            registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
                Node service = opExecute.getService();
                if (service == null || !service.isURI() || !serviceAllowList.contains(service.getURI())) {
                    throw new QueryExecException("SERVICE " + service + " is not on this server's allow-list");
                }
                return chain.createExecution(opExecute, opOriginal, binding, execCxt);
            });
            ServiceExecutorRegistry.set(dataset.getContext(), registry);
        }
        dataset.getContext().set(ARQ.queryTimeout, queryTimeout.toMillis());
        fuseki.addDataset(PATH, dataset).addOperation(PATH, Operation.Query);
    }
}
