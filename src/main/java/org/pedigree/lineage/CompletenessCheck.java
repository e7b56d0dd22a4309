package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pedigree.model.Completeness;
import org.pedigree.model.LineageNode;
import org.pedigree.store.LineageStore;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;

/**
 * What an auditor would miss about a model, as six checks: its bases are known (each has a
 * record, or the model is declared pre-trained from scratch), its licence is stated and known,
 * its training datasets have roles, its datasets have revisions, its operations have a date and an
 * agent, and a checksum identifies its weights. The score is the share of checks passed.
 */
public final class CompletenessCheck {
    static final int CHECKS = 6;

    private final LineageStore store;
    private final LineageIndex index;

    public CompletenessCheck(LineageStore store, LineageIndex index) {
        this.store = store;
        this.index = index;
    }

    public Optional<Completeness> of(String iri) {
        Optional<List<String>> fromIndex = index.read(ix -> {
            LineageIndex.Entry model = ix.entry(iri);
            if (model == null || model.type != LineageIndex.Type.MODEL) {
                return Optional.<List<String>>empty();
            }
            List<String> missing = new ArrayList<>();
            List<String> unknownBases = new ArrayList<>();
            for (int parent : model.parents) {
                if (ix.entry(parent).type == LineageIndex.Type.REFERENCED) {
                    unknownBases.add(Traversals.node(ix, parent).label());
                }
            }
            if (!unknownBases.isEmpty()) {
                missing.add("unknown parent: " + String.join(", ", unknownBases) + " has no record, so its own lineage and licence are unknown");
            } else if (model.parents.length == 0 && !model.root) {
                missing.add("unknown parent: the model names no base and is not declared pre-trained from scratch (ped:RootModel)");
            }
            if (model.licences.length == 0) {
                missing.add("missing licence: the model states none");
            } else if (List.of(model.licences).stream().allMatch(l -> ix.licences().of(l).isUnknown())) {
                missing.add("unknown licence: " + String.join(", ", List.of(model.licences)) + " is not a licence Pedigree knows");
            }
            List<String> noRole = new ArrayList<>();
            List<String> noRevision = new ArrayList<>();
            for (int i = 0; i < model.datasets.length; i++) {
                String label = Traversals.node(ix, model.datasets[i]).label();
                if (model.datasetRoles[i] == null) {
                    noRole.add(label);
                }
                if (ix.entry(model.datasets[i]).version == null) {
                    noRevision.add(label);
                }
            }
            if (!noRole.isEmpty()) {
                missing.add("datasets without a role: " + String.join(", ", noRole));
            }
            if (!noRevision.isEmpty()) {
                missing.add("datasets without a revision: " + String.join(", ", noRevision));
            }
            return Optional.of(missing);
        });
        if (fromIndex.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>(fromIndex.get());
        missing.addAll(store.read(dsg -> fromStore(dsg.getUnionGraph(), NodeFactory.createURI(iri))));
        int failed = (int) missing.stream().map(m -> m.substring(0, m.indexOf(':'))).map(CompletenessCheck::check).distinct().count();
        double score = Math.round((CHECKS - failed) * 1000.0 / CHECKS) / 1000.0;
        return Optional.of(new Completeness(node(iri), score, CHECKS, missing));
    }

    private LineageNode node(String iri) {
        return index.read(ix -> Traversals.node(ix, ix.entry(iri).id));
    }

    /** The check a finding belongs to (two findings of one check count once). */
    private static String check(String finding) {
        return finding.startsWith("unknown parent") ? "parent" : finding.startsWith("operation") ? "operation"
                : finding.contains("licence") ? "licence" : finding;
    }

    private static List<String> fromStore(Graph union, Node model) {
        List<String> missing = new ArrayList<>();
        List<Node> operations = union.find(model, PROV.wasGeneratedBy.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        if (operations.isEmpty()) {
            missing.add("operation missing: the operation that made the model is not recorded (prov:wasGeneratedBy)");
        }
        for (Node operation : operations) {
            boolean dated = union.contains(operation, PROV.startedAtTime.asNode(), Node.ANY) || union.contains(operation, PROV.endedAtTime.asNode(), Node.ANY)
                    || union.contains(operation, PROV.atTime.asNode(), Node.ANY);
            boolean agent = union.contains(operation, PROV.wasAssociatedWith.asNode(), Node.ANY);
            if (!dated || !agent) {
                missing.add("operation incomplete: " + operation.toString().replaceAll(".*/", "") + " has no "
                        + (!dated && !agent ? "date and no agent" : !dated ? "date" : "agent"));
            }
        }
        if (!union.contains(model, PED.checksum.asNode(), Node.ANY)) {
            missing.add("no checksum: nothing identifies the weights (ped:checksum)");
        }
        return missing;
    }
}
