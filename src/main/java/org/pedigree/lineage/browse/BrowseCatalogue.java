package org.pedigree.lineage.browse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pedigree.lineage.AdvisoryPropagation;
import org.pedigree.lineage.DerivationKinds;
import org.pedigree.store.GenerationCache;
import org.pedigree.store.GraphReads;
import org.pedigree.store.LineageStore;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * The browse indexes of the models and of the datasets, read from the store's union graph (records
 * and the computed facts of {@code meta/lineage}) and read again after the store changed. Labels of
 * licences and kinds come from Pedigree's knowledge in the same graph.
 */
public final class BrowseCatalogue {
    private static final Map<String, String> STATUS = Map.of(PED.NS + "Affected", "affected", PED.NS + "NotAffected", "not_affected",
            PED.NS + "Fixed", "fixed", PED.NS + "UnderInvestigation", "under_investigation");

    /** The two indexes and the labels of the IRIs they name, as of one store generation. */
    public record Snapshot(long generation, BrowseIndex models, BrowseIndex datasets, Map<String, String> labels) {}

    /** How long a request waits for a rebuild before it is answered from the previous indexes. */
    static final Duration WAIT = Duration.ofSeconds(2);

    /** The indexes; after a write they are rebuilt in the background ({@link GenerationCache#within}). */
    private final GenerationCache<Snapshot> snapshots;

    public BrowseCatalogue(LineageStore store) {
        this.snapshots = GenerationCache.of(store, generation -> store.read(dsg -> build(dsg, generation)));
    }

    /**
     * The indexes as of the store's current generation. The first call builds them; after a write
     * one rebuild runs in the background, the callers of its first {@link #WAIT} wait for it, and
     * later ones get the indexes as they were until it is done (on a store of 100,000 models a
     * rebuild takes seconds).
     */
    public Snapshot snapshot() {
        return snapshots.last().isEmpty() ? snapshots.get() : snapshots.within(WAIT).orElseThrow();
    }

    /**
     * The store generation of the indexes {@link #snapshot()} gives now, or -1 before the first (which
     * the first call builds): a list shown from them is the same for as long as this is. Never waits.
     */
    public long version() {
        return snapshots.lastStamped().map(GenerationCache.Stamped::generation).orElse(-1L);
    }

    /** Builds the indexes in the background unless they are current (a server starting: before the first visitor of a list). */
    public void warmUp() {
        if (snapshots.ifCurrent().isEmpty()) {
            snapshots.refresh();
        }
    }

    private static Snapshot build(DatasetGraph dsg, long generation) {
        Graph union = dsg.getUnionGraph();
        Facts facts = new Facts(dsg, union);
        Map<String, String> labels = new HashMap<>();
        List<BrowseEntry> models = new ArrayList<>();
        for (Node model : subjects(dsg, PED.Model.asNode())) {
            models.add(facts.entry(model, labels));
        }
        List<BrowseEntry> datasets = new ArrayList<>();
        for (Node dataset : subjects(dsg, SCHEMA.Dataset.asNode())) {
            datasets.add(facts.entry(dataset, labels));
        }
        for (BrowseEntry e : models) {
            for (String base : e.bases()) {
                labels.computeIfAbsent(base, BrowseCatalogue::tail);
            }
        }
        return new Snapshot(generation, new BrowseIndex(models), new BrowseIndex(datasets), Map.copyOf(labels));
    }

    /**
     * The facts the lists need, read one property at a time over every named graph (a scan of one
     * quad index each, rather than a lookup per model in the union graph) and grouped by subject.
     */
    private static final class Facts {
        final DatasetGraph dsg;
        final Graph union;
        final Map<String, String> kinds;
        final Map<Node, List<Node>> names, hfIds, descriptions, licences, derivations, entities, derivationKinds, bases,
                restrictions, advisoryStatuses, vexStatuses;

        Facts(DatasetGraph dsg, Graph union) {
            this.dsg = dsg;
            this.union = union;
            this.kinds = DerivationKinds.topKinds(union);
            names = all(SCHEMA.name.asNode());
            hfIds = all(PED.hfId.asNode());
            descriptions = all(SCHEMA.description.asNode());
            licences = all(SCHEMA.license.asNode());
            derivations = all(PROV.qualifiedDerivation.asNode());
            entities = all(PROV.entity.asNode());
            derivationKinds = all(PED.derivationKind.asNode());
            bases = all(PROV.wasDerivedFrom.asNode());
            restrictions = all(PED.effectiveRestriction.asNode());
            advisoryStatuses = all(PED.advisoryStatus.asNode());
            vexStatuses = all(PED.vexStatus.asNode());
        }

        private Map<Node, List<Node>> all(Node property) {
            Map<Node, List<Node>> bySubject = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
                List<Node> values = bySubject.computeIfAbsent(q.getSubject(), x -> new ArrayList<>(1));
                if (!values.contains(q.getObject())) {
                    values.add(q.getObject());
                }
            });
            return bySubject;
        }

        private static List<Node> of(Map<Node, List<Node>> facts, Node subject) {
            return facts.getOrDefault(subject, List.of());
        }

        private static String literal(Map<Node, List<Node>> facts, Node subject) {
            for (Node o : of(facts, subject)) {
                if (o.isLiteral()) {
                    return o.getLiteralLexicalForm();
                }
            }
            return null;
        }

        BrowseEntry entry(Node s, Map<String, String> labels) {
            String hfId = literal(hfIds, s);
            String label = literal(names, s);
            if (label == null) {
                label = hfId != null ? hfId : tail(s.getURI());
            }
            labels.put(s.getURI(), label);
            List<String> licenceIris = new ArrayList<>();
            for (Node l : of(licences, s)) {
                if (l.isURI()) {
                    licenceIris.add(l.getURI());
                    labels.computeIfAbsent(l.getURI(), iri -> labelOf(union, l));
                }
            }
            Map<Node, String> kindOfBase = new HashMap<>();
            for (Node derivation : of(derivations, s)) {
                List<Node> base = of(entities, derivation);
                List<Node> kind = of(derivationKinds, derivation);
                if (!base.isEmpty() && !kind.isEmpty() && kind.get(0).isURI()) {
                    kindOfBase.putIfAbsent(base.get(0), kinds.getOrDefault(kind.get(0).getURI(), "unspecified"));
                }
            }
            List<String> baseIris = new ArrayList<>();
            List<String> baseKinds = new ArrayList<>();
            for (Node base : of(bases, s)) {
                if (base.isURI()) {
                    baseIris.add(base.getURI());
                    baseKinds.add(kindOfBase.getOrDefault(base, "unspecified"));
                }
            }
            List<String> restrictionNames = new ArrayList<>();
            for (Node r : of(restrictions, s)) {
                if (r.isURI()) {
                    restrictionNames.add(r.getURI().substring(r.getURI().lastIndexOf('#') + 1));
                }
            }
            String advisory = "none";
            for (Node statement : of(advisoryStatuses, s)) {
                for (Node status : of(vexStatuses, statement)) {
                    String word = status.isURI() ? STATUS.get(status.getURI()) : null;
                    if (word != null && (advisory.equals("none")
                            || AdvisoryPropagation.SEVERITY.indexOf(word) < AdvisoryPropagation.SEVERITY.indexOf(advisory))) {
                        advisory = word;
                    }
                }
            }
            return new BrowseEntry(s.getURI(), label, hfId, literal(descriptions, s), List.copyOf(licenceIris), List.copyOf(baseIris),
                    List.copyOf(baseKinds), List.copyOf(restrictionNames), advisory);
        }
    }

    private static List<Node> subjects(DatasetGraph dsg, Node type) {
        Set<Node> found = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                found.add(q.getSubject());
            }
        });
        return new ArrayList<>(found);
    }

    private static Node first(Graph g, Node s, Node p) {
        return GraphReads.firstObject(g, s, p);
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static String labelOf(Graph g, Node iri) {
        for (Node p : List.of(SCHEMA.name.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
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
}
