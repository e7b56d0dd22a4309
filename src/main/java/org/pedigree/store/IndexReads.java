package org.pedigree.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pedigree.model.RecordInfo;
import org.pedigree.model.TrainingOperation;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.SCHEMA;

/**
 * The {@link StoreReads} of a store in this process: the answers of the SPARQL in
 * {@code /queries/} read through the store's indexes directly, a few lookups per thing instead of
 * a query plan, each in one read transaction. A linked thing gets the first value of each label
 * property (a dataset that thousands of records name is named in each of them), where the SPARQL
 * lists them all, and keeps them per store generation. The statements pointing at a thing are read
 * in one pass by {@link IncomingWindow}, in IRI order as {@code describe-incoming.rq} orders them,
 * and kept for a hub.
 */
final class IndexReads implements StoreReads {
    private static final List<Node> LABELS = List.of(SCHEMA.name.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode());

    /** Subjects of the statements pointing at hubs kept, in all: a hub's page and documents read them on every request. */
    static final long HUB_SUBJECTS_KEPT = 1_000_000;

    private final LineageStore store;
    /**
     * The statements pointing at each thing with more than a page of them (a hub), as subjects in
     * IRI order by property: counting and ordering them otherwise reads every one of them for each
     * page. Kept per store generation.
     */
    private final GenerationCache<Cache<Node, SortedMap<String, List<Node>>>> hubs;

    /** Things whose labels are kept: a hub's page names the same hundred derivatives on every request. */
    static final long LABELLED_KEPT = 200_000;

    /** The label statements of linked things (at most one per label property), kept per store generation. */
    private final GenerationCache<Cache<Node, List<Triple>>> labels;

    IndexReads(LineageStore store) {
        this.store = store;
        this.hubs = GenerationCache.of(store, generation -> Caffeine.newBuilder().maximumWeight(HUB_SUBJECTS_KEPT)
                .weigher((Node thing, SortedMap<String, List<Node>> in) -> in.values().stream().mapToInt(List::size).sum()).build());
        this.labels = GenerationCache.of(store, generation -> Caffeine.newBuilder().maximumSize(LABELLED_KEPT).build());
    }

    @Override
    public Optional<DescriptionPage> describe(String thing, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + page);
        }
        // taken before the read begins: what the read sees is at least as new as the generation it is kept for
        Cache<Node, SortedMap<String, List<Node>>> kept = hubs.get();
        Cache<Node, List<Triple>> named = labels.get();
        return store.read(dsg -> describe(dsg.getUnionGraph(), NodeFactory.createURI(thing), page, kept, named));
    }

    @Override
    public Optional<Instant> lastModified(String thing, String metadataGraph) {
        return store.read(dsg -> lastModified(dsg, NodeFactory.createURI(thing), NodeFactory.createURI(metadataGraph)));
    }

    @Override
    public Map<String, List<TrainingOperation>> operations(Collection<String> models) {
        Map<String, List<TrainingOperation>> result = new LinkedHashMap<>();
        if (models.isEmpty()) {
            return result;
        }
        return store.read(dsg -> {
            models.forEach(iri -> result.put(iri, OperationReads.of(dsg.getUnionGraph(), NodeFactory.createURI(iri))));
            return result;
        });
    }

    @Override
    public List<RecordInfo.Version> versions(String record, String metadataGraph) {
        return store.read(dsg -> versions(dsg.getGraph(NodeFactory.createURI(metadataGraph)), NodeFactory.createURI(record)));
    }

    private static Optional<DescriptionPage> describe(Graph union, Node thing, int page, Cache<Node, SortedMap<String, List<Node>>> kept,
            Cache<Node, List<Triple>> named) {
        Graph description = GraphFactory.createGraphMem();
        Set<Node> linked = new LinkedHashSet<>();
        forEach(union.find(thing, Node.ANY, Node.ANY), statement -> {
            description.add(statement);
            Node object = statement.getObject();
            if (object.isBlank()) {
                forEach(union.find(object, Node.ANY, Node.ANY), description::add);
            } else if (object.isURI()) {
                linked.add(object);
            }
        });
        SortedMap<String, List<Node>> incoming = kept.getIfPresent(thing);
        if (incoming == null) {
            incoming = IncomingWindow.all(union, thing);
            if (IncomingWindow.moreThanAPage(incoming, DescriptionPage.PER_PAGE)) {
                kept.put(thing, incoming);
            }
        }
        SortedMap<String, Long> totals = IncomingWindow.counts(incoming);
        DescriptionPage counted = new DescriptionPage(description, page, totals);
        if (!counted.beyondLast()) {
            incoming.forEach((property, subjects) -> {
                Node p = NodeFactory.createURI(property);
                IncomingWindow.page(subjects, counted.offset(), DescriptionPage.PER_PAGE).forEach(subject -> {
                    description.add(Triple.create(subject, p, thing));
                    linked.add(subject);
                });
            });
        }
        for (Node other : linked) {
            named.get(other, o -> labelsOf(union, o)).forEach(description::add);
        }
        return description.isEmpty() && totals.isEmpty() ? Optional.empty() : Optional.of(counted);
    }

    /** One label per label property: a dataset or agent that thousands of records name is named in each of them. */
    private static List<Triple> labelsOf(Graph union, Node thing) {
        List<Triple> found = new ArrayList<>(1);
        for (Node label : LABELS) {
            Node value = GraphReads.firstObject(union, thing, label);
            if (value != null) {
                found.add(Triple.create(thing, label, value));
            }
        }
        return found;
    }

    /** What {@code last-modified.rq} answers: the latest modification of the records that state something of {@code thing}. */
    private static Optional<Instant> lastModified(DatasetGraph dsg, Node thing, Node metadataGraph) {
        Set<Node> records = new HashSet<>();
        dsg.find(Node.ANY, thing, Node.ANY, Node.ANY).forEachRemaining(quad -> records.add(quad.getGraph()));
        Graph meta = dsg.getGraph(metadataGraph);
        Instant latest = null;
        for (Node record : records) {
            ExtendedIterator<Triple> modified = meta.find(record, DCTerms.modified.asNode(), Node.ANY);
            try {
                while (modified.hasNext()) {
                    Instant at = Instant.parse(modified.next().getObject().getLiteralLexicalForm());
                    latest = latest == null || at.isAfter(latest) ? at : latest;
                }
            } finally {
                modified.close();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** What {@code record-versions.rq} answers, read from the metadata graph's indexes. */
    private static List<RecordInfo.Version> versions(Graph meta, Node record) {
        List<RecordInfo.Version> versions = new ArrayList<>();
        meta.find(Node.ANY, DCTerms.isVersionOf.asNode(), record).mapWith(Triple::getSubject).toList().forEach(version -> {
            Map<Node, List<Node>> facts = GraphReads.properties(meta, version);
            List<Node> n = facts.getOrDefault(PED.versionNumber.asNode(), List.of());
            String created = GraphReads.text(facts, DCTerms.created.asNode());
            String submittedBy = GraphReads.text(facts, PED.submittedBy.asNode());
            String sourceFormat = GraphReads.text(facts, PED.sourceFormat.asNode());
            if (!n.isEmpty() && n.getFirst().isLiteral() && created != null && submittedBy != null && sourceFormat != null) {
                versions.add(new RecordInfo.Version(((Number) n.getFirst().getLiteralValue()).intValue(), version.getURI(), created, submittedBy,
                        GraphReads.text(facts, PED.sourceName.asNode()), sourceFormat, GraphReads.text(facts, PED.sourceChecksum.asNode())));
            }
        });
        versions.sort(Comparator.comparingInt(RecordInfo.Version::number));
        return versions;
    }

    private static void forEach(ExtendedIterator<Triple> found, Consumer<Triple> action) {
        try {
            found.forEachRemaining(action);
        } finally {
            found.close();
        }
    }
}
