package org.pedigree.lineage;

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
import org.pedigree.model.ModelSummary;
import org.pedigree.model.StoreCounts;
import org.pedigree.model.TrainingOperation;
import org.pedigree.store.GenerationCache;
import org.pedigree.store.GraphReads;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * Read-side view of the store for pages and the API: counts, entry points, one model's own
 * description and operations. Queries are in {@code /queries/}; operations, which every model page
 * and trace needs, are the store's own {@link LineageStore#reads() reads}.
 */
public final class Catalogue {
    private final LineageStore store;
    private final String recordNamespace;
    /** The counts take seconds on a large store (a scan of every record graph): counted once per store generation. */
    private final GenerationCache<StoreCounts> counts;

    /** @param recordNamespace the IRI prefix of record graphs (base URI + {@code record/}) */
    public Catalogue(LineageStore store, String recordNamespace) {
        this.store = store;
        this.recordNamespace = recordNamespace;
        this.counts = GenerationCache.of(store, generation -> count());
    }

    /** What the store's records hold, as of its current generation (counted again only after it changed). */
    public StoreCounts counts() {
        return counts.get();
    }

    private StoreCounts count() {
        Query q = SparqlQueries.query("counts", Map.of("recordNamespace", SparqlQueries.literal(recordNamespace)));
        return store.select(q, row -> new StoreCounts(
                count(row, "models"), count(row, "referencedModels"), count(row, "datasets"),
                count(row, "activities"), count(row, "agents"), count(row, "records"), count(row, "triples")))
                .getFirst();
    }

    /** Described models that declare no base, with their number of descendants. */
    public List<ModelSummary> roots(int limit) {
        Query q = SparqlQueries.query("roots");
        q.setLimit(limit);
        return store.select(q, row -> new ModelSummary(link(row, "model", "name"), null, count(row, "descendants")));
    }

    /** The Hugging Face ids of every model of {@code iris}' base, described or only referenced as a source. */
    public List<String> modelHfIds(InstanceIris iris) {
        Query q = SparqlQueries.query("model-iris", Map.of("modelNamespace", SparqlQueries.literal(iris.base() + "model/")));
        return store.select(q, row -> iris.hfIdOf(row.getResource("model").getURI())).stream()
                .flatMap(Optional::stream).toList();
    }

    /** Described models in id order. */
    public List<ModelSummary> models(int limit) {
        Query q = SparqlQueries.query("models");
        q.setLimit(limit);
        return store.select(q, row -> new ModelSummary(link(row, "model", "name"), SparqlQueries.text(row, "hfId"), 0));
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

    private static Link link(QuerySolution row, String iriVar, String labelVar) {
        return new Link(row.getResource(iriVar).getURI(), SparqlQueries.text(row, labelVar));
    }

    private static long count(QuerySolution row, String var) {
        return row.getLiteral(var).getLong();
    }
}
