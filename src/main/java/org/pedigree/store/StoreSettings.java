package org.pedigree.store;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.pedigree.vocab.PED;

/**
 * What a store remembers about itself, in the graph {@value #GRAPH}: the base URI its instance
 * IRIs were minted under, so that a later `serve` or `load` with another base cannot silently
 * write or look up IRIs of a different site.
 */
public final class StoreSettings {
    public static final String GRAPH = PED.GRAPH_NS + "settings";
    private static final Node GRAPH_NODE = NodeFactory.createURI(GRAPH);
    private static final Node STORE = NodeFactory.createURI(GRAPH + "#store");
    private static final Node BASE_URI = NodeFactory.createURI(PED.NS + "baseUri");

    private StoreSettings() {}

    /** The base URI the store's IRIs use, if it has been recorded. */
    public static Optional<String> baseUri(LineageStore store) {
        return store.read(dsg -> {
            var it = dsg.getGraph(GRAPH_NODE).find(STORE, BASE_URI, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /** Records the base URI, unless one is recorded already. */
    public static void rememberBaseUri(LineageStore store, String baseUri) {
        if (baseUri(store).isEmpty()) {
            store.write(dsg -> dsg.getGraph(GRAPH_NODE).add(Triple.create(STORE, BASE_URI, NodeFactory.createLiteralString(baseUri))));
        }
    }

    /**
     * The base URI to work with: the one recorded in the store, else the one asked for, else the
     * fallback (which may be null).
     *
     * @throws IllegalStateException when the one asked for differs from the one recorded
     */
    public static String resolveBaseUri(LineageStore store, String askedFor, String fallback, String where) {
        Optional<String> recorded = baseUri(store);
        if (recorded.isPresent() && askedFor != null && !recorded.get().equals(askedFor)) {
            throw new IllegalStateException("the store in " + where + " holds IRIs under " + recorded.get() + ", not " + askedFor
                    + ": pass --base-uri " + recorded.get() + " (or use an empty --data directory for another site)");
        }
        return recorded.orElse(askedFor != null ? askedFor : fallback);
    }
}
