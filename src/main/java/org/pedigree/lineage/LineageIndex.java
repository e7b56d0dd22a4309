package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.store.GraphReads;
import org.pedigree.store.LineageStore;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * The lineage graph in memory, for analytics that must answer in milliseconds on millions of
 * models: every model, dataset and advisory with the facts the analytics and the browse lists
 * need (name, Hub id, description, licences, bases with the kind of each derivation, training
 * datasets with roles, advisories and the statements about them) and the derivation edges both
 * ways. Built from the store once, then kept
 * current by {@link #refresh(Collection)} with the things each write changed; readers never see a
 * half-applied refresh.
 */
public final class LineageIndex {
    private static final int[] NO_INTS = new int[0];
    private static final String[] NO_STRINGS = new String[0];

    /** What a node is. */
    public enum Type { REFERENCED, MODEL, DATASET, ADVISORY }

    /** One model, dataset or advisory. Mutated only under the write lock. */
    static final class Entry {
        final int id;
        final String iri;
        Type type = Type.REFERENCED;
        String name;
        /** The Hugging Face Hub id ({@code ped:hfId}), or null. */
        String hfId;
        /** The description ({@code schema:description}), or null. */
        String description;
        String version;
        boolean root;
        String[] licences = NO_STRINGS;
        int[] parents = NO_INTS;
        /** The derivation kind IRI of each parent (null when unstated), parallel to {@link #parents}. */
        String[] parentKinds = NO_STRINGS;
        int[] children = NO_INTS;
        int childCount;
        int[] datasets = NO_INTS;
        String[] datasetRoles = NO_STRINGS;
        /** For a dataset: the models trained on it. */
        int[] usedBy = NO_INTS;
        int usedByCount;
        /** Advisory statements of a model: advisory IRI → {status IRI, justification}. */
        Map<String, String[]> statements = Map.of();
        /** For an advisory: what it affects, its kind IRI and severity. */
        int[] affects = NO_INTS;
        String advisoryKind;
        String severity;

        Entry(int id, String iri) {
            this.id = id;
            this.iri = iri;
        }

        void addChild(int child) {
            if (childCount == children.length) {
                children = Arrays.copyOf(children, Math.max(4, childCount * 2));
            }
            children[childCount++] = child;
        }

        void removeChild(int child) {
            for (int i = 0; i < childCount; i++) {
                if (children[i] == child) {
                    children[i] = children[--childCount];
                    return;
                }
            }
        }

        void addUser(int model) {
            if (usedByCount == usedBy.length) {
                usedBy = Arrays.copyOf(usedBy, Math.max(4, usedByCount * 2));
            }
            usedBy[usedByCount++] = model;
        }

        void removeUser(int model) {
            for (int i = 0; i < usedByCount; i++) {
                if (usedBy[i] == model) {
                    usedBy[i] = usedBy[--usedByCount];
                    return;
                }
            }
        }
    }

    private final LineageStore store;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Set<Integer> advisories = new LinkedHashSet<>();
    private Map<String, String> topKinds = Map.of();
    /** One copy of each licence, kind, role, status and version IRI or string: a million models share a few dozen. */
    private final Map<String, String> shared = new HashMap<>();
    private LicenceRules licences;
    /** The versions of every index of this process: no two indexes, or two states of one, share a version. */
    private static final AtomicLong VERSIONS = new AtomicLong();
    /** Moves with every {@link #refresh}: what is derived from the index (the home page's lists) is kept per version. */
    private volatile long version = VERSIONS.incrementAndGet();

    private LineageIndex(LineageStore store) {
        this.store = store;
    }

    /** Builds the index from everything the store holds. */
    public static LineageIndex build(LineageStore store) {
        return build(store, () -> { });
    }

    /** Builds the index, calling {@code eachThing} after each thing read (a progress report; it may throw to stop the build). */
    static LineageIndex build(LineageStore store, Runnable eachThing) {
        LineageIndex index = new LineageIndex(store);
        store.read(dsg -> {
            index.readKnowledge(dsg);
            index.loadAll(dsg, dsg.getUnionGraph(), eachThing);
            return null;
        });
        return index;
    }

    /**
     * An index made of entries read back from a snapshot ({@link IndexSnapshot}), ids in order and
     * links both ways as they were; the licence rules and kinds are read from the store's knowledge.
     */
    static LineageIndex restored(LineageStore store, List<Entry> entries, int[] advisories, Collection<String> sharedStrings) {
        LineageIndex index = new LineageIndex(store);
        store.read(dsg -> {
            index.readKnowledge(dsg);
            return null;
        });
        for (Entry e : entries) {
            if (e.id != index.entries.size()) {
                throw new IllegalArgumentException("entry " + e.id + " out of order");
            }
            index.entries.add(e);
            index.ids.put(e.iri, e.id);
        }
        for (int a : advisories) {
            index.advisories.add(a);
        }
        for (String value : sharedStrings) {
            index.shared(value);
        }
        return index;
    }

    /** The licence and kind knowledge, read whole in one pass each (a remote store answers one query per find). */
    private void readKnowledge(DatasetGraph dsg) {
        Graph knowledge = GraphFactory.createGraphMem();
        for (String name : List.of("licences", "kinds")) {
            dsg.getGraph(NodeFactory.createURI(PED.graph(name))).find().forEachRemaining(knowledge::add);
        }
        licences = LicenceRules.from(knowledge);
        topKinds = DerivationKinds.topKinds(knowledge);
    }

    /** Reads again the facts of the given things (model, dataset or advisory IRIs) after a write changed them. */
    public void refresh(Collection<String> things) {
        if (things.isEmpty()) {
            return;
        }
        store.read(dsg -> {
            lock.writeLock().lock();
            try {
                load(dsg.getUnionGraph(), things);
                version = VERSIONS.incrementAndGet();
            } finally {
                lock.writeLock().unlock();
            }
            return null;
        });
    }

    /** Runs {@code query} under the read lock: it sees one consistent state of the index. */
    public <T> T read(Function<LineageIndex, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(this);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A number that changes with every {@link #refresh}, and that no other index of this process had:
     * a value derived from an index with this version is still current.
     */
    public long version() {
        return version;
    }

    LicenceRules licences() {
        return licences;
    }

    /** The entry of an IRI, or null. */
    Entry entry(String iri) {
        Integer id = ids.get(iri);
        return id == null ? null : entries.get(id);
    }

    Entry entry(int id) {
        return entries.get(id);
    }

    int size() {
        return entries.size();
    }

    Collection<Integer> advisoryIds() {
        return advisories;
    }

    /** Every described model's entry, in no particular order. */
    List<Entry> models() {
        return entries.stream().filter(e -> e.type == Type.MODEL).toList();
    }

    /** The top derivation kind ({@code finetune}, {@code adapter}, {@code merge}, {@code quantized}) of a kind IRI, or "unspecified". */
    String topKind(String kindIri) {
        if (kindIri == null) {
            return "unspecified";
        }
        return topKinds.getOrDefault(kindIri, kindIri.startsWith(PED.KIND_NS) ? kindIri.substring(PED.KIND_NS.length()) : "unspecified");
    }

    private int idOf(String iri) {
        Integer id = ids.get(iri);
        if (id != null) {
            return id;
        }
        int next = entries.size();
        entries.add(new Entry(next, iri));
        ids.put(iri, next);
        return next;
    }

    /**
     * Loads every model, dataset and advisory, each once. The subjects are streamed from the quads,
     * not from the union graph, whose find keeps every triple it returned to drop duplicates: a
     * million of them while the index is being built.
     */
    private void loadAll(DatasetGraph dsg, Graph union, Runnable count) {
        BitSet loaded = new BitSet();
        for (Node type : List.of(PED.Model.asNode(), SCHEMA.Dataset.asNode(), PED.Advisory.asNode(), PED.RootModel.asNode())) {
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> loadOnce(union, q.getSubject(), loaded, count));
        }
        dsg.find(Node.ANY, Node.ANY, PROV.wasDerivedFrom.asNode(), Node.ANY)
           .forEachRemaining(q -> loadOnce(union, q.getSubject(), loaded, count));
    }

    /** Loads again the facts of {@code things} from the union graph. */
    private void load(Graph union, Collection<String> things) {
        Set<Node> seen = new LinkedHashSet<>();
        for (String iri : things) {
            Node subject = NodeFactory.createURI(iri);
            if (seen.add(subject)) {
                loadOne(union, subject);
            }
        }
    }

    private void loadOnce(Graph union, Node subject, BitSet loaded, Runnable count) {
        if (!subject.isURI()) {
            return;
        }
        int id = idOf(subject.getURI());
        if (!loaded.get(id)) {
            loaded.set(id);
            loadOne(union, subject);
            count.run();
        }
    }

    private String shared(String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }

    private void loadOne(Graph union, Node subject) {
        Entry e = entries.get(idOf(subject.getURI()));
        for (int parent : e.parents) {
            entries.get(parent).removeChild(e.id);
        }
        for (int dataset : e.datasets) {
            entries.get(dataset).removeUser(e.id);
        }
        advisories.remove(e.id);
        Set<String> types = new LinkedHashSet<>();
        union.find(subject, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject().toString()));
        e.type = types.contains(PED.Advisory.getURI()) ? Type.ADVISORY
                : types.contains(PED.Model.getURI()) ? Type.MODEL
                : types.contains(SCHEMA.Dataset.getURI()) ? Type.DATASET : Type.REFERENCED;
        e.root = types.contains(PED.RootModel.getURI());
        e.name = first(union, subject, SCHEMA.name.asNode());
        e.hfId = first(union, subject, PED.hfId.asNode());
        e.description = first(union, subject, SCHEMA.description.asNode());
        e.version = shared(first(union, subject, SCHEMA.version.asNode()));
        e.licences = objects(union, subject, SCHEMA.license.asNode()).stream().filter(Node::isURI).map(n -> shared(n.getURI()))
                .toArray(String[]::new);

        Map<Node, String> kindOfBase = new HashMap<>();
        for (Node derivation : objects(union, subject, PROV.qualifiedDerivation.asNode())) {
            Node base = firstNode(union, derivation, PROV.entity.asNode());
            Node kind = firstNode(union, derivation, PED.derivationKind.asNode());
            if (base != null && kind != null && kind.isURI()) {
                kindOfBase.putIfAbsent(base, shared(kind.getURI()));
            }
        }
        List<Node> bases = objects(union, subject, PROV.wasDerivedFrom.asNode()).stream().filter(Node::isURI).toList();
        e.parents = new int[bases.size()];
        e.parentKinds = new String[bases.size()];
        for (int i = 0; i < bases.size(); i++) {
            e.parents[i] = idOf(bases.get(i).getURI());
            e.parentKinds[i] = kindOfBase.get(bases.get(i));
            entries.get(e.parents[i]).addChild(e.id);
        }

        Map<String, String> datasets = new LinkedHashMap<>();
        for (Node activity : objects(union, subject, PROV.wasGeneratedBy.asNode())) {
            Map<Node, String> roles = new HashMap<>();
            for (Node usage : objects(union, activity, PROV.qualifiedUsage.asNode())) {
                Node entity = firstNode(union, usage, PROV.entity.asNode());
                Node role = firstNode(union, usage, PROV.hadRole.asNode());
                if (entity != null && role != null && role.isURI()) {
                    roles.put(entity, shared(role.getURI()));
                }
            }
            for (Node used : objects(union, activity, PROV.used.asNode())) {
                if (used.isURI() && union.contains(used, RDF.type.asNode(), SCHEMA.Dataset.asNode())) {
                    datasets.putIfAbsent(used.getURI(), roles.get(used));
                }
            }
        }
        e.datasets = datasets.keySet().stream().mapToInt(this::idOf).toArray();
        e.datasetRoles = datasets.values().toArray(String[]::new);
        for (int dataset : e.datasets) {
            entries.get(dataset).addUser(e.id);
        }

        Map<String, String[]> statements = new LinkedHashMap<>();
        for (Node statement : objects(union, subject, PED.advisoryStatement.asNode())) {
            Node about = firstNode(union, statement, PED.about.asNode());
            Node status = firstNode(union, statement, PED.vexStatus.asNode());
            if (about != null && about.isURI() && status != null && status.isURI()) {
                statements.put(about.getURI(), new String[] {shared(status.getURI()), first(union, statement, PED.justification.asNode())});
            }
        }
        e.statements = statements.isEmpty() ? Map.of() : statements;

        if (e.type == Type.ADVISORY) {
            e.affects = objects(union, subject, PED.affects.asNode()).stream().filter(Node::isURI).mapToInt(n -> idOf(n.getURI())).toArray();
            Node kind = firstNode(union, subject, PED.advisoryKind.asNode());
            e.advisoryKind = kind != null && kind.isURI() ? shared(kind.getURI()) : null;
            e.severity = first(union, subject, PED.severity.asNode());
            advisories.add(e.id);
        }
    }

    private static List<Node> objects(Graph graph, Node subject, Node property) {
        List<Node> objects = new ArrayList<>();
        graph.find(subject, property, Node.ANY).forEachRemaining(t -> {
            if (!objects.contains(t.getObject())) {
                objects.add(t.getObject());
            }
        });
        return objects;
    }

    private static Node firstNode(Graph graph, Node subject, Node property) {
        return GraphReads.firstObject(graph, subject, property);
    }

    private static String first(Graph graph, Node subject, Node property) {
        Node node = firstNode(graph, subject, property);
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
