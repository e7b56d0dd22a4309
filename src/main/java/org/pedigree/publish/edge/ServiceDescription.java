package org.pedigree.publish.edge;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.publish.http.Site;

/** The SPARQL 1.1 Service Description of {@code /sparql}, answered to a bare {@code GET /sparql}. */
public final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    public static Graph of(Site site) {
        Graph g = GraphFactory.createGraphMem();
        Node service = NodeFactory.createURI(site.iriOfPath("sparql"));
        Node dataset = NodeFactory.createBlankNode();
        Node defaultGraph = NodeFactory.createBlankNode();
        add(g, service, RDF.type.asNode(), uri(SD + "Service"));
        add(g, service, uri(SD + "endpoint"), service);
        add(g, service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        add(g, service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "N-Triples", "RDF_XML", "JSON-LD"}) {
            add(g, service, uri(SD + "resultFormat"), uri(FORMATS + format));
        }
        add(g, service, uri(SD + "defaultDataset"), dataset);
        add(g, dataset, RDF.type.asNode(), uri(SD + "Dataset"));
        add(g, dataset, uri(SD + "defaultGraph"), defaultGraph);
        add(g, defaultGraph, RDF.type.asNode(), uri(SD + "Graph"));
        add(g, service, uri("http://www.w3.org/2000/01/rdf-schema#comment"), NodeFactory.createLiteralString(
                "Pedigree's SPARQL 1.1 query endpoint: the default graph is the union of every record and knowledge graph; "
                + "update, the graph store protocol and SERVICE are not offered; queries stop after 30 seconds."));
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
