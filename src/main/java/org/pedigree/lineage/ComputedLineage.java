package org.pedigree.lineage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.AdvisoryStatus;
import org.pedigree.model.EffectiveLicence;
import org.pedigree.model.Sha256;
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
        return syncAll(() -> { });
    }

    /** As {@link #syncAll()}, calling {@code eachModel} before each model (it may throw to stop: nothing is then committed). */
    int syncAll(Runnable eachModel) {
        int[] all = index.read(ix -> ix.models().stream().mapToInt(e -> e.id).toArray());
        return sync(all, true, eachModel);
    }

    /** Recomputes the models a write of {@code things} (model, dataset or advisory IRIs) can change. */
    public int syncAfter(Collection<String> things) {
        return syncModels(affectedBy(things));
    }

    /** Recomputes these models (ids from {@link #affectedBy}); returns the number of triples added and removed. */
    int syncModels(int[] models) {
        return sync(models, false, () -> { });
    }

    /**
     * The ids of what a write of {@code things} (model, dataset or advisory IRIs) can change, whose
     * computed facts and browse rows are made again: the things themselves, what a changed advisory
     * affects, the models trained on a changed dataset, the models that had a status for a changed
     * advisory, and everything downstream of these (restrictions and advisory statuses propagate
     * down the lineage). Call it after the index followed the write and before the computed facts
     * do: they say which models had a status for an advisory.
     */
    int[] affectedBy(Collection<String> things) {
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
        return affected.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * One write transaction that brings each model's computed triples up to date, model by model,
     * so only one model's triples are held at a time (a million models' would not fit the heap);
     * with {@code everything}, it also removes the triples of things that are no longer models.
     */
    private int sync(int[] models, boolean everything, Runnable eachModel) {
        int[] changes = {0};
        try {
            store.write(dsg -> {
                Set<Triple> wanted = new LinkedHashSet<>();
                for (int id : models) {
                    eachModel.run();
                    wanted.clear();
                    String iri = index.read(ix -> {
                        if (ix.entry(id).type == LineageIndex.Type.MODEL) {
                            triplesOf(ix, id, wanted);
                        }
                        return ix.entry(id).iri;
                    });
                    changes[0] += apply(dsg, iri, wanted);
                }
                if (everything) {
                    changes[0] += removeOrphans(dsg);
                }
                if (changes[0] == 0) {
                    throw new NothingChanged(); // no commit: the store's generation stays where it is
                }
            });
        } catch (NothingChanged unchanged) {
            // every computed fact was already current
        }
        return changes[0];
    }

    /** Ends a write that found nothing to change, without committing it. */
    private static final class NothingChanged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NothingChanged() {
            super(null, null, false, false);
        }
    }

    /** Makes the computed triples of one model (and its advisory status nodes) the wanted ones. */
    private int apply(DatasetGraph dsg, String iri, Set<Triple> wanted) {
        Set<Triple> present = new LinkedHashSet<>();
        Graph computed = dsg.getGraph(graph);
        computed.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).forEachRemaining(t -> {
            present.add(t);
            if (t.getPredicate().equals(PED.advisoryStatus.asNode())) {
                computed.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(present::add);
            }
        });
        int changes = 0;
        for (Triple t : present) {
            if (!wanted.contains(t)) {
                dsg.delete(graph, t.getSubject(), t.getPredicate(), t.getObject());
                changes++;
            }
        }
        for (Triple t : wanted) {
            if (!present.contains(t)) {
                dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                changes++;
            }
        }
        return changes;
    }

    /** Removes the computed triples about things the index no longer holds as models. */
    private int removeOrphans(DatasetGraph dsg) {
        List<Triple> orphans = index.read(ix -> {
            List<Triple> found = new ArrayList<>();
            dsg.getGraph(graph).find().forEachRemaining(t -> {
                String subject = t.getSubject().isURI() ? t.getSubject().getURI() : "";
                int hash = subject.indexOf("#advisory-");
                LineageIndex.Entry owner = ix.entry(hash < 0 ? subject : subject.substring(0, hash));
                if (owner == null || owner.type != LineageIndex.Type.MODEL) {
                    found.add(t);
                }
            });
            return found;
        });
        orphans.forEach(t -> dsg.delete(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        return orphans.size();
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
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8), 6);
    }
}
