package org.pedigree.lineage;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.pedigree.store.GraphReads;
import org.pedigree.vocab.PED;

/**
 * The derivation-kind scheme as the lineage index and the browse indexes read it from the store's
 * copy of Pedigree's knowledge: each kind with the top concept it falls under. Call
 * {@link #topKinds(Graph)} with a graph that holds the kinds' knowledge (the {@code kinds} graph or the
 * union graph).
 */
public final class DerivationKinds {
    // Deeper chains than this are a cycle in the knowledge, not a taxonomy.
    private static final int MAX_DEPTH = 10;

    private DerivationKinds() {}

    /** Each derivation kind IRI with the slug of its top concept (finetune, adapter, merge, quantized). */
    public static Map<String, String> topKinds(Graph knowledge) {
        Node broader = SKOS.broader.asNode();
        Node topOf = SKOS.topConceptOf.asNode();
        Node scheme = NodeFactory.createURI(PED.NS + "DerivationKinds");
        Map<String, String> tops = new HashMap<>();
        knowledge.find(Node.ANY, SKOS.inScheme.asNode(), scheme).forEachRemaining(t -> {
            Node kind = t.getSubject();
            Node current = kind;
            for (int depth = 0; depth < MAX_DEPTH && current != null && !knowledge.contains(current, topOf, scheme); depth++) {
                current = GraphReads.firstObject(knowledge, current, broader);
            }
            if (current != null && current.isURI() && kind.isURI() && current.getURI().startsWith(PED.KIND_NS)) {
                tops.put(kind.getURI(), current.getURI().substring(PED.KIND_NS.length()));
            }
        });
        return tops;
    }
}
