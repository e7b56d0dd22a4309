package org.pedigree.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pedigree.store.LineageStore;

/**
 * Pedigree's own knowledge, bundled from {@code ontology/}: the vocabulary, the derivation kinds
 * and dataset roles, the licence knowledge and the dictionary. Each lives in the store in its own
 * named graph under {@link #GRAPH_NS}, so SPARQL can use labels, mappings and licence rules; the
 * shapes validate records against the merged graph.
 */
public final class Knowledge {
    public static final String GRAPH_NS = "https://w3id.org/pedigree/graph/";
    private static final Map<String, String> FILES = Map.of(
            "vocabulary", "pedigree.ttl", "kinds", "kinds.ttl", "licences", "licences.ttl", "dictionary", "dictionary.ttl");

    private static volatile Knowledge bundled;

    private final Map<Node, Graph> graphs;
    private final Graph merged;

    private Knowledge(Map<Node, Graph> graphs) {
        this.graphs = Map.copyOf(graphs);
        this.merged = GraphFactory.createGraphMem();
        graphs.values().forEach(g -> g.find().forEach(merged::add));
    }

    /** The knowledge shipped in this build (parsed once). */
    public static Knowledge bundled() {
        Knowledge k = bundled;
        if (k == null) {
            synchronized (Knowledge.class) {
                if (bundled == null) {
                    Map<Node, Graph> graphs = new LinkedHashMap<>();
                    FILES.forEach((name, file) -> graphs.put(NodeFactory.createURI(GRAPH_NS + name), parse("/ontology/" + file)));
                    bundled = new Knowledge(graphs);
                }
                k = bundled;
            }
        }
        return k;
    }

    /** Graph name → graph. */
    public Map<Node, Graph> graphs() {
        return graphs;
    }

    /** Every knowledge triple in one read-only graph (what records are validated against). */
    public Graph merged() {
        return merged;
    }

    /**
     * Puts the bundled knowledge into the store, replacing a knowledge graph only where it
     * differs (so a restart does not rewrite, and grow, the database), all in one transaction.
     *
     * @return the number of knowledge graphs written
     */
    public int syncInto(LineageStore store) {
        boolean current = store.read(dsg -> graphs.entrySet().stream()
                .allMatch(e -> dsg.containsGraph(e.getKey()) && dsg.getGraph(e.getKey()).isIsomorphicWith(e.getValue())));
        if (current) {
            return 0;
        }
        int[] written = {0};
        store.write(dsg -> graphs.forEach((name, graph) -> {
            if (!dsg.containsGraph(name) || !dsg.getGraph(name).isIsomorphicWith(graph)) {
                dsg.removeGraph(name);
                graph.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                written[0]++;
            }
        }));
        return written[0];
    }

    private static Graph parse(String resource) {
        Graph graph = GraphFactory.createGraphMem();
        try (InputStream in = Knowledge.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the knowledge file " + resource + " is missing from the build");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
