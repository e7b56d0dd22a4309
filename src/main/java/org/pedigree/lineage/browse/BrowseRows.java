package org.pedigree.lineage.browse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pedigree.lineage.LineageIndex;
import org.pedigree.lineage.ListingFacts;
import org.pedigree.store.GraphReads;
import org.pedigree.store.LineageStore;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.SCHEMA;

/**
 * The rows of the browse lists, one per model and dataset of one lineage index, kept from one
 * version of the lists to the next: made whole once per index ({@link #of}), then made again only
 * for what a write can have changed ({@link #update}). {@link #snapshot} makes the immutable
 * indexes of the rows as they are. Used by one thread at a time (the update of
 * {@link BrowseCatalogue}).
 */
final class BrowseRows {
    private final LineageIndex index;
    /** Pedigree's licence knowledge, which names the licences (a few hundred triples). */
    private final Graph licenceKnowledge;
    private final Map<String, String> licenceLabels = new HashMap<>();
    private final Map<String, BrowseEntry> models = new HashMap<>();
    private final Map<String, BrowseEntry> datasets = new HashMap<>();

    private BrowseRows(LineageIndex index, Graph licenceKnowledge) {
        this.index = index;
        this.licenceKnowledge = licenceKnowledge;
    }

    /** Every row of {@code index}, with the licences named as the store's licence knowledge names them. */
    static BrowseRows of(LineageStore store, LineageIndex index) {
        Graph knowledge = GraphFactory.createGraphMem();
        store.read(dsg -> {
            dsg.getGraph(NodeFactory.createURI(PED.graph("licences"))).find().forEachRemaining(knowledge::add);
            return null;
        });
        BrowseRows rows = new BrowseRows(index, knowledge);
        ListingFacts.all(index, rows::put);
        return rows;
    }

    /** The lineage index these rows are of. */
    LineageIndex index() {
        return index;
    }

    /** Makes the rows of {@code iris} again from the index (removing those no longer models or datasets); true when any changed. */
    boolean update(Collection<String> iris) {
        boolean[] changed = {false};
        ListingFacts.of(index, iris, (iri, facts) -> changed[0] |= put(iri, facts));
        return changed[0];
    }

    /** Sorts and indexes the rows as they are now, as the lists' version {@code version}. */
    BrowseCatalogue.Snapshot snapshot(long version) {
        Map<String, String> labels = new HashMap<>(models.size() + datasets.size());
        for (Map<String, BrowseEntry> rows : List.of(models, datasets)) {
            for (BrowseEntry e : rows.values()) {
                labels.put(e.iri(), e.label());
                for (String licence : e.licences()) {
                    labels.computeIfAbsent(licence, this::licenceLabel);
                }
            }
        }
        for (BrowseEntry e : models.values()) {
            for (String base : e.bases()) {
                labels.computeIfAbsent(base, BrowseRows::tail);
            }
        }
        return new BrowseCatalogue.Snapshot(version, new BrowseIndex(new ArrayList<>(models.values())),
                new BrowseIndex(new ArrayList<>(datasets.values())), Collections.unmodifiableMap(labels));
    }

    /** Puts (or with null facts, removes) the row of {@code iri}; true when that changed it. */
    private boolean put(String iri, ListingFacts.Listed facts) {
        BrowseEntry row = facts == null ? null : row(facts);
        BrowseEntry model = row != null && facts.type() == LineageIndex.Type.MODEL ? row : null;
        BrowseEntry dataset = row != null && facts.type() == LineageIndex.Type.DATASET ? row : null;
        return replace(models, iri, model) | replace(datasets, iri, dataset);
    }

    private static boolean replace(Map<String, BrowseEntry> rows, String iri, BrowseEntry row) {
        BrowseEntry before = row == null ? rows.remove(iri) : rows.put(iri, row);
        return !Objects.equals(before, row);
    }

    /** The row of a model or dataset: named by its name, else its Hub id, else the end of its IRI. */
    private static BrowseEntry row(ListingFacts.Listed f) {
        String label = f.name() != null ? f.name() : f.hfId() != null ? f.hfId() : tail(f.iri());
        return new BrowseEntry(f.iri(), label, f.hfId(), f.description(), f.licences(), f.bases(), f.baseKinds(), f.restrictions(),
                f.advisory());
    }

    private String licenceLabel(String iri) {
        return licenceLabels.computeIfAbsent(iri, i -> {
            Node licence = NodeFactory.createURI(i);
            for (Node p : List.of(SCHEMA.name.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
                Node label = GraphReads.firstObject(licenceKnowledge, licence, p);
                if (label != null && label.isLiteral()) {
                    return label.getLiteralLexicalForm();
                }
            }
            return tail(i);
        });
    }

    /** The last two segments of an IRI ({@code org/name}), which name a thing without a name. */
    static String tail(String iri) {
        int cut = iri.lastIndexOf('/', iri.lastIndexOf('/') - 1);
        return cut < 0 ? iri : iri.substring(cut + 1);
    }
}
