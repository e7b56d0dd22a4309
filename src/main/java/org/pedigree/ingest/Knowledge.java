package org.pedigree.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.pedigree.store.LineageStore;
import org.pedigree.vocab.Bundled;
import org.pedigree.vocab.PED;

/**
 * Pedigree's own knowledge, bundled from {@code ontology/}: the vocabulary, the derivation kinds
 * and dataset roles, the licence knowledge and the dictionary. Each lives in the store in its own
 * named graph under {@link PED#GRAPH_NS}, so SPARQL can use labels, mappings and licence rules; the
 * shapes validate records against the merged graph.
 */
public final class Knowledge {
    private static final Map<String, String> FILES = Map.of(
            "vocabulary", "pedigree.ttl", "kinds", "kinds.ttl", "licences", "licences.ttl", "dictionary", "dictionary.ttl");

    private static volatile Knowledge bundled;

    private final Map<Node, Graph> graphs;
    private final Graph merged;
    private final Map<String, String> licenceByName = new HashMap<>();

    private Knowledge(Map<Node, Graph> graphs) {
        this.graphs = Map.copyOf(graphs);
        this.merged = GraphFactory.createGraphMem();
        graphs.values().forEach(g -> g.find().forEach(merged::add));
        for (String property : new String[] {"hfLicenceId", "hfLicenceName", "spdxId"}) {
            merged.find(Node.ANY, NodeFactory.createURI(PED.NS + property), Node.ANY).forEach(t ->
                    licenceByName.putIfAbsent(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT), t.getSubject().getURI()));
        }
    }

    /**
     * The licence IRI of a Hugging Face licence id or name, an SPDX id (any case), or
     * {@code noassertion}.
     */
    public Optional<String> licenceIri(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.equals("noassertion")) {
            return Optional.of(PED.licence("noassertion"));
        }
        return Optional.ofNullable(licenceByName.get(key));
    }

    /** The concept IRI of a derivation or operation kind slug ({@code finetune}, {@code gguf}, {@code pretraining} …). */
    public Optional<String> kindIri(String slug, boolean derivationOnly) {
        Node kind = NodeFactory.createURI(PED.kind(slug));
        Node scheme = NodeFactory.createURI(PED.NS + (derivationOnly ? "DerivationKinds" : "OperationKinds"));
        boolean known = merged.contains(kind, SKOS.inScheme.asNode(), scheme);
        return known ? Optional.of(kind.getURI()) : Optional.empty();
    }

    /** The concept IRI of a dataset role slug ({@code finetuning}, {@code preference} …). */
    public Optional<String> roleIri(String slug) {
        Node role = NodeFactory.createURI(PED.role(slug));
        boolean known = merged.contains(role, SKOS.inScheme.asNode(),
                NodeFactory.createURI(PED.NS + "DatasetRoles"));
        return known ? Optional.of(role.getURI()) : Optional.empty();
    }

    /** The slugs of a scheme's concepts, for messages that list what is allowed. */
    public List<String> slugs(String schemeLocalName, String namespace) {
        return merged.find(Node.ANY, SKOS.inScheme.asNode(),
                        NodeFactory.createURI(PED.NS + schemeLocalName))
                .mapWith(t -> t.getSubject().getURI())
                .filterKeep(iri -> iri.startsWith(namespace))
                .mapWith(iri -> iri.substring(namespace.length()))
                .toList().stream().sorted().toList();
    }

    /**
     * Every derivation kind with a Hugging Face relation, with its evidence, top concepts first in
     * inference priority order, then the narrower kinds by slug.
     */
    public List<KindEvidence> derivationKindEvidence() {
        Node inScheme = SKOS.inScheme.asNode();
        Node topOf = SKOS.topConceptOf.asNode();
        Node scheme = NodeFactory.createURI(PED.NS + "DerivationKinds");
        Node hfRelation = NodeFactory.createURI(PED.NS + "hfRelation");
        Map<String, Integer> priority = new HashMap<>();
        merged.find(Node.ANY, NodeFactory.createURI(PED.NS + "inferencePriority"), Node.ANY).forEach(t ->
                merged.find(t.getSubject(), hfRelation, Node.ANY).forEach(r ->
                        priority.put(r.getObject().getLiteralLexicalForm(), Integer.parseInt(t.getObject().getLiteralLexicalForm()))));
        List<KindEvidence> kinds = new ArrayList<>();
        merged.find(Node.ANY, inScheme, scheme).forEach(t -> {
            Node kind = t.getSubject();
            merged.find(kind, hfRelation, Node.ANY).nextOptional().ifPresent(r -> {
                String relation = r.getObject().getLiteralLexicalForm();
                List<Pattern> patterns = merged.find(kind, NodeFactory.createURI(PED.NS + "evidencePattern"), Node.ANY)
                        .mapWith(p -> Pattern.compile(p.getObject().getLiteralLexicalForm())).toList();
                kinds.add(new KindEvidence(kind.getURI().substring(PED.KIND_NS.length()), relation, merged.contains(kind, topOf, scheme),
                        priority.getOrDefault(relation, Integer.MAX_VALUE), List.copyOf(patterns)));
            });
        });
        kinds.sort(Comparator.comparing((KindEvidence k) -> !k.top()).thenComparing(KindEvidence::priority)
                .thenComparing(KindEvidence::slug));
        return List.copyOf(kinds);
    }

    /** The knowledge shipped in this build (parsed once). */
    public static Knowledge bundled() {
        Knowledge k = bundled;
        if (k == null) {
            synchronized (Knowledge.class) {
                if (bundled == null) {
                    Map<Node, Graph> graphs = new LinkedHashMap<>();
                    FILES.forEach((name, file) -> graphs.put(NodeFactory.createURI(PED.graph(name)), Bundled.turtle("/ontology/" + file)));
                    bundled = new Knowledge(graphs);
                }
                k = bundled;
            }
        }
        return k;
    }

    /** The Pedigree vocabulary ({@code ontology/pedigree.ttl}). */
    public Graph vocabulary() {
        return graphs.get(NodeFactory.createURI(PED.graph("vocabulary")));
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

}
