package org.pedigree.lineage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.AdvisoryStatus;
import org.pedigree.model.EffectiveLicence;
import org.pedigree.store.LineageStore;
import org.pedigree.vocab.PED;

/**
 * Publishes what the analytics compute as RDF, in the named graph {@code BASE/meta/lineage}, so
 * SPARQL users can ask "which models are effectively non-commercial?" without deriving it: per
 * model its effective restrictions ({@code ped:effectiveRestriction ped:NonCommercialUse}), its
 * licence conflicts in words ({@code ped:licenceConflict}) and its status for every advisory that
 * reaches it ({@code ped:advisoryStatus <model#advisory-…>}). Kept current after every write for
 * the models the write can change — the changed ones and everything downstream of them — writing
 * only the triples that differ.
 */
public final class ComputedLineage {
    private static final String STATUS_IRI_PREFIX = PED.NS;

    private final LineageStore store;
    private final LineageIndex index;
    private final Node graph;

    public ComputedLineage(LineageStore store, LineageIndex index, String graphIri) {
        this.store = store;
        this.index = index;
        this.graph = NodeFactory.createURI(graphIri);
    }

    /** Recomputes every model (at start-up); returns the number of triples added and removed. */
    public int syncAll() {
        Set<Integer> all = index.read(ix -> {
            Set<Integer> ids = new LinkedHashSet<>();
            ix.models().forEach(e -> ids.add(e.id));
            return ids;
        });
        return sync(all, true);
    }

    /** Recomputes the models a write of {@code things} (model, dataset or advisory IRIs) can change. */
    public int syncAfter(Collection<String> things) {
        Set<Integer> affected = index.read(ix -> {
            Set<Integer> ids = new LinkedHashSet<>();
            List<Integer> starts = new ArrayList<>();
            for (String iri : things) {
                LineageIndex.Entry e = ix.entry(iri);
                if (e == null) {
                    continue;
                }
                starts.add(e.id);
                for (int a : e.affects) {
                    starts.add(a);
                }
                for (int i = 0; i < e.usedByCount; i++) {
                    starts.add(e.usedBy[i]);
                }
            }
            for (int advisory : ix.advisoryIds()) {
                if (things.contains(ix.entry(advisory).iri)) {
                    // Models that had a status for a changed advisory may have lost it.
                    store.read(dsg -> {
                        dsg.getGraph(graph).find(Node.ANY, PED.about.asNode(), NodeFactory.createURI(ix.entry(advisory).iri))
                           .forEachRemaining(t -> {
                               String status = t.getSubject().getURI();
                               LineageIndex.Entry model = ix.entry(status.substring(0, status.indexOf('#')));
                               if (model != null) {
                                   starts.add(model.id);
                               }
                           });
                        return null;
                    });
                }
            }
            ids.addAll(starts);
            Traversals.down(ix, starts, 0, (node, depth, from) -> ids.add(node));
            return ids;
        });
        return sync(affected, false);
    }

    private int sync(Set<Integer> models, boolean everything) {
        Set<Triple> wanted = index.read(ix -> {
            Set<Triple> triples = new LinkedHashSet<>();
            for (int id : models) {
                if (ix.entry(id).type == LineageIndex.Type.MODEL) {
                    triplesOf(ix, id, triples);
                }
            }
            return triples;
        });
        Set<Triple> present = store.read(dsg -> present(dsg, models, everything));
        List<Triple> removed = present.stream().filter(t -> !wanted.contains(t)).toList();
        List<Triple> added = wanted.stream().filter(t -> !present.contains(t)).toList();
        if (!removed.isEmpty() || !added.isEmpty()) {
            // Only a real change is a write (each write moves the store's generation).
            store.write(dsg -> {
                removed.forEach(t -> dsg.delete(graph, t.getSubject(), t.getPredicate(), t.getObject()));
                added.forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            });
        }
        return removed.size() + added.size();
    }

    /** The computed triples the graph holds now about {@code models} (about every model when {@code everything}). */
    private Set<Triple> present(DatasetGraph dsg, Set<Integer> models, boolean everything) {
        Set<Triple> present = new LinkedHashSet<>();
        if (everything) {
            dsg.getGraph(graph).find().forEachRemaining(present::add);
        } else {
            List<String> iris = index.read(ix -> models.stream().map(id -> ix.entry(id).iri).toList());
            for (String iri : iris) {
                Node model = NodeFactory.createURI(iri);
                dsg.getGraph(graph).find(model, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    present.add(t);
                    if (t.getPredicate().equals(PED.advisoryStatus.asNode())) {
                        dsg.getGraph(graph).find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(present::add);
                    }
                });
            }
        }
        return present;
    }

    private static void triplesOf(LineageIndex ix, int id, Set<Triple> out) {
        Node model = NodeFactory.createURI(ix.entry(id).iri);
        EffectiveLicence licence = LicenceInheritance.compute(ix, id);
        for (String restriction : licence.restrictions()) {
            out.add(Triple.create(model, PED.effectiveRestriction.asNode(), NodeFactory.createURI(PED.NS + restriction)));
        }
        for (EffectiveLicence.Conflict conflict : licence.conflicts()) {
            out.add(Triple.create(model, PED.licenceConflict.asNode(), NodeFactory.createLiteralString(conflict.rule() + ": " + conflict.message())));
        }
        for (AdvisoryStatus status : AdvisoryPropagation.compute(ix, id)) {
            Node node = NodeFactory.createURI(ix.entry(id).iri + "#advisory-" + shortHash(status.advisory().iri()));
            out.add(Triple.create(model, PED.advisoryStatus.asNode(), node));
            out.add(Triple.create(node, RDF.type.asNode(), PED.AdvisoryStatus.asNode()));
            out.add(Triple.create(node, PED.about.asNode(), NodeFactory.createURI(status.advisory().iri())));
            out.add(Triple.create(node, PED.vexStatus.asNode(), NodeFactory.createURI(STATUS_IRI_PREFIX + statusName(status.status()))));
            out.add(Triple.create(node, PED.justification.asNode(), NodeFactory.createLiteralString(status.justification())));
        }
    }

    private static String statusName(String status) {
        return switch (status) {
            case "not_affected" -> "NotAffected";
            case "under_investigation" -> "UnderInvestigation";
            case "fixed" -> "Fixed";
            default -> "Affected";
        };
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
