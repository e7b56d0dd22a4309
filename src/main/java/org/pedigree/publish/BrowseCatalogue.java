package org.pedigree.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pedigree.lineage.AdvisoryPropagation;
import org.pedigree.store.LineageStore;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * The browse indexes of the models and of the datasets, read from the store's union graph (records
 * and the computed facts of {@code meta/lineage}) and read again after the store changed. Labels of
 * licences and kinds come from Pedigree's knowledge in the same graph.
 */
final class BrowseCatalogue {
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String KIND_NS = "https://w3id.org/pedigree/kind/";
    private static final Map<String, String> STATUS = Map.of(PED.NS + "Affected", "affected", PED.NS + "NotAffected", "not_affected",
            PED.NS + "Fixed", "fixed", PED.NS + "UnderInvestigation", "under_investigation");

    /** The two indexes and the labels of the IRIs they name, as of one store generation. */
    record Snapshot(long generation, BrowseIndex models, BrowseIndex datasets, Map<String, String> labels) {}

    /** How long a request waits for a rebuild before it is answered from the previous indexes. */
    static final Duration WAIT = Duration.ofSeconds(2);

    private final LineageStore store;
    private volatile Snapshot current;
    private CompletableFuture<Snapshot> pending;

    BrowseCatalogue(LineageStore store) {
        this.store = store;
    }

    /**
     * The indexes as of the store's current generation. The first call builds them; after a write
     * one rebuild runs in the background and a caller waits for it at most {@link #WAIT}, then
     * gets the indexes as they were (on a store of 100,000 models a rebuild takes seconds).
     */
    Snapshot snapshot() {
        Snapshot s = current;
        if (s != null && s.generation() == store.generation()) {
            return s;
        }
        if (s == null) {
            synchronized (this) {
                if (current == null) {
                    current = buildNow();
                }
                return current;
            }
        }
        try {
            return rebuild().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return s;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the browse index could not be rebuilt", e.getCause());
        }
    }

    private synchronized CompletableFuture<Snapshot> rebuild() {
        if (pending == null || pending.isDone()) {
            pending = CompletableFuture.supplyAsync(() -> {
                Snapshot fresh = buildNow();
                current = fresh;
                return fresh;
            }, task -> Thread.ofVirtual().name("browse-index").start(task));
        }
        return pending;
    }

    private Snapshot buildNow() {
        long seen = store.generation();
        return store.read(dsg -> build(dsg.getUnionGraph(), seen));
    }

    private static Snapshot build(Graph union, long generation) {
        Map<String, String> kinds = topKinds(union);
        Map<String, String> labels = new HashMap<>();
        List<BrowseEntry> models = new ArrayList<>();
        for (Node model : subjects(union, PED.Model.asNode())) {
            models.add(entry(union, model, kinds, labels));
        }
        List<BrowseEntry> datasets = new ArrayList<>();
        for (Node dataset : subjects(union, SCHEMA.Dataset.asNode())) {
            datasets.add(entry(union, dataset, kinds, labels));
        }
        BrowseIndex modelIndex = new BrowseIndex(models);
        for (BrowseEntry e : models) {
            for (String base : e.bases()) {
                labels.computeIfAbsent(base, iri -> tail(iri));
            }
        }
        return new Snapshot(generation, modelIndex, new BrowseIndex(datasets), Map.copyOf(labels));
    }

    private static BrowseEntry entry(Graph g, Node s, Map<String, String> kinds, Map<String, String> labels) {
        String label = literal(g, s, SCHEMA.name.asNode());
        String hfId = literal(g, s, PED.hfId.asNode());
        if (label == null) {
            label = hfId != null ? hfId : tail(s.getURI());
        }
        labels.put(s.getURI(), label);
        List<String> licences = new ArrayList<>();
        g.find(s, SCHEMA.license.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !licences.contains(t.getObject().getURI())) {
                licences.add(t.getObject().getURI());
                labels.computeIfAbsent(t.getObject().getURI(), iri -> labelOf(g, t.getObject()));
            }
        });
        Map<String, String> kindOfBase = new HashMap<>();
        g.find(s, PROV.qualifiedDerivation.asNode(), Node.ANY).forEachRemaining(t -> {
            Node base = first(g, t.getObject(), PROV.entity.asNode());
            Node kind = first(g, t.getObject(), PED.derivationKind.asNode());
            if (base != null && base.isURI() && kind != null && kind.isURI()) {
                kindOfBase.putIfAbsent(base.getURI(), kinds.getOrDefault(kind.getURI(), "unspecified"));
            }
        });
        List<String> bases = new ArrayList<>();
        List<String> baseKinds = new ArrayList<>();
        g.find(s, PROV.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !bases.contains(t.getObject().getURI())) {
                bases.add(t.getObject().getURI());
                baseKinds.add(kindOfBase.getOrDefault(t.getObject().getURI(), "unspecified"));
            }
        });
        Set<String> restrictions = new LinkedHashSet<>();
        g.find(s, PED.effectiveRestriction.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                restrictions.add(t.getObject().getURI().substring(t.getObject().getURI().lastIndexOf('#') + 1));
            }
        });
        String advisory = "none";
        for (var it = g.find(s, PED.advisoryStatus.asNode(), Node.ANY); it.hasNext(); ) {
            Node status = first(g, it.next().getObject(), PED.vexStatus.asNode());
            String word = status == null ? null : STATUS.get(status.getURI());
            if (word != null && (advisory.equals("none") || AdvisoryPropagation.SEVERITY.indexOf(word) < AdvisoryPropagation.SEVERITY.indexOf(advisory))) {
                advisory = word;
            }
        }
        return new BrowseEntry(s.getURI(), label, hfId, literal(g, s, SCHEMA.description.asNode()), List.copyOf(licences), List.copyOf(bases),
                List.copyOf(baseKinds), List.copyOf(restrictions), advisory);
    }

    private static List<Node> subjects(Graph g, Node type) {
        Set<Node> found = new LinkedHashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                found.add(t.getSubject());
            }
        });
        return new ArrayList<>(found);
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static String labelOf(Graph g, Node iri) {
        for (Node p : List.of(SCHEMA.name.asNode(), RDFS.label.asNode(), NodeFactory.createURI(SKOS + "prefLabel"))) {
            String label = literal(g, iri, p);
            if (label != null) {
                return label;
            }
        }
        return tail(iri.getURI());
    }

    static String tail(String iri) {
        int cut = iri.lastIndexOf('/', iri.lastIndexOf('/') - 1);
        return cut < 0 ? iri : iri.substring(cut + 1);
    }

    /** Each derivation kind IRI with the slug of its top concept (finetune, adapter, merge, quantized). */
    private static Map<String, String> topKinds(Graph union) {
        Node broader = NodeFactory.createURI(SKOS + "broader");
        Node topOf = NodeFactory.createURI(SKOS + "topConceptOf");
        Node scheme = NodeFactory.createURI(PED.NS + "DerivationKinds");
        Map<String, String> tops = new HashMap<>();
        union.find(Node.ANY, NodeFactory.createURI(SKOS + "inScheme"), scheme).forEachRemaining(t -> {
            Node current = t.getSubject();
            for (int guard = 0; guard < 10 && current != null && !union.contains(current, topOf, scheme); guard++) {
                current = first(union, current, broader);
            }
            if (current != null && current.isURI() && t.getSubject().isURI() && current.getURI().startsWith(KIND_NS)) {
                tops.put(t.getSubject().getURI(), current.getURI().substring(KIND_NS.length()));
            }
        });
        return tops;
    }
}
