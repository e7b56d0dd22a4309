package org.pedigree.lineage;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.Link;
import org.pedigree.model.ModelDescription;
import org.pedigree.model.TrainingOperation;
import org.pedigree.store.GenerationCache;
import org.pedigree.store.GraphReads;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * Read-side view of the store for pages and the API: the counts of what its records hold beyond
 * the lineage index, the Hub ids it stores, one model's own description and operations. Queries
 * are in {@code /queries/}; operations, which every model page and trace needs, are the store's
 * own {@link LineageStore#reads() reads}.
 */
public final class Catalogue {
    private final LineageStore store;
    private final String recordNamespace;
    /** The counts take seconds on a large store (a scan of every record graph): counted once per store generation, in the background. */
    private final GenerationCache<RecordCounts> counts;

    /** How long a request waits for a count under way before it is answered with the previous counts. */
    static final Duration WAIT = Duration.ofSeconds(1);

    /** What the records hold that the lineage index does not count: operations, agents, records and triples. */
    public record RecordCounts(long activities, long agents, long records, long triples) {}

    /** @param recordNamespace the IRI prefix of record graphs (base URI + {@code record/}) */
    public Catalogue(LineageStore store, String recordNamespace) {
        this.store = store;
        this.recordNamespace = recordNamespace;
        this.counts = GenerationCache.of(store, generation -> count());
    }

    /**
     * The counts as of the store's current generation, or as last counted: when the store changed
     * since (or they were never counted) a count starts in the background, and this waits for it
     * until it has run for {@link #WAIT} (a small store is counted in milliseconds, a million
     * models in tens of seconds: only the requests of its first second wait), then gives the
     * previous counts, or empty before the first.
     */
    public Optional<RecordCounts> recordCounts() {
        return counts.within(WAIT);
    }

    /** Whether the store was ever counted (or is being counted) here: from then on the counts are followed after each write. */
    public boolean counted() {
        return counts.wanted();
    }

    /**
     * The store generation of the counts {@link #recordCounts()} gives now (after waiting as it
     * does for a count under way), or -1 before the first count: a page showing them is the same
     * for as long as this is.
     */
    public long countsVersion() {
        recordCounts();
        return counts.lastStamped().map(GenerationCache.Stamped::generation).orElse(-1L);
    }

    /** Starts counting in the background unless a count is under way. */
    public void recount() {
        counts.refresh();
    }

    private RecordCounts count() {
        Query q = SparqlQueries.query("counts", Map.of("recordNamespace", SparqlQueries.literal(recordNamespace)));
        return store.select(q, row -> new RecordCounts(count(row, "activities"), count(row, "agents"), count(row, "records"),
                count(row, "triples"))).getFirst();
    }

    /** The Hugging Face ids of every model of {@code iris}' base, described or only referenced as a source. */
    public List<String> modelHfIds(InstanceIris iris) {
        Query q = SparqlQueries.query("model-iris", Map.of("modelNamespace", SparqlQueries.literal(iris.base() + "model/")));
        return store.select(q, row -> iris.hfIdOf(row.getResource("model").getURI())).stream()
                .flatMap(Optional::stream).toList();
    }

    /**
     * The model with this IRI, if its description ({@link Descriptions#describe}) says the store
     * describes it or names it as a base; the operations that made it are read from the store.
     */
    public Optional<ModelDescription> model(String iri, Graph description) {
        Node model = NodeFactory.createURI(iri);
        boolean described = description.contains(model, RDF.type.asNode(), PED.Model.asNode());
        if (!described && !description.contains(Node.ANY, PROV.wasDerivedFrom.asNode(), model)) {
            return Optional.empty();
        }
        Map<Node, List<Node>> own = GraphReads.properties(description, model);
        Node agent = own.getOrDefault(PROV.wasAttributedTo.asNode(), List.of()).stream().filter(Node::isURI).findFirst().orElse(null);
        Node record = description.find(Node.ANY, PED.describes.asNode(), model).mapWith(Triple::getSubject).nextOptional().orElse(null);
        return Optional.of(new ModelDescription(iri, described, GraphReads.text(own, SCHEMA.name.asNode()), GraphReads.text(own, PED.hfId.asNode()),
                GraphReads.text(own, SCHEMA.description.asNode()), GraphReads.text(own, SCHEMA.license.asNode()), record == null ? null : record.getURI(),
                agent == null ? null : new Link(agent.getURI(), GraphReads.text(GraphReads.properties(description, agent), SCHEMA.name.asNode())),
                own.containsKey(PROV.wasInvalidatedBy.asNode()), operations(iri)));
    }

    /** The operations that generated a model: agents, dates, datasets, hyper-parameters and code. */
    public List<TrainingOperation> operations(String iri) {
        return operations(List.of(iri)).get(iri);
    }

    /** The operations that generated each of several models, in one read; a model with none maps to an empty list. */
    public Map<String, List<TrainingOperation>> operations(Collection<String> iris) {
        return store.reads().operations(iris);
    }

    private static long count(QuerySolution row, String var) {
        return row.getLiteral(var).getLong();
    }
}
