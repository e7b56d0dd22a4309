package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.InstanceIris;
import org.pedigree.model.Link;
import org.pedigree.model.ModelDescription;
import org.pedigree.model.ModelSummary;
import org.pedigree.model.StoreCounts;
import org.pedigree.model.TrainingOperation;
import org.pedigree.store.GraphReads;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * Read-side view of the store for pages and the API: counts, entry points, one model's own
 * description and operations. Queries are in {@code /queries/}; operations, which every model page
 * and trace needs, are read through the indexes of a store in this process.
 */
public final class Catalogue {
    private final LineageStore store;
    private final String recordNamespace;
    private final boolean direct;

    /** @param recordNamespace the IRI prefix of record graphs (base URI + {@code record/}) */
    public Catalogue(LineageStore store, String recordNamespace) {
        this(store, recordNamespace, store.sparqlService().isEmpty());
    }

    /** @param direct read operations through the store's indexes (a store in this process), else in SPARQL */
    Catalogue(LineageStore store, String recordNamespace, boolean direct) {
        this.store = store;
        this.recordNamespace = recordNamespace;
        this.direct = direct;
    }

    public StoreCounts counts() {
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
        return store.select(q, row -> new ModelSummary(link(row, "model", "name"), text(row, "hfId"), 0));
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

    /**
     * The operations that generated each of several models, in one read (through the indexes of a
     * store in this process, else one query); a model with none maps to an empty list.
     */
    public Map<String, List<TrainingOperation>> operations(java.util.Collection<String> iris) {
        Map<String, List<TrainingOperation>> result = new LinkedHashMap<>();
        if (iris.isEmpty()) {
            return result;
        }
        if (direct) {
            return store.read(dsg -> {
                iris.forEach(iri -> result.put(iri, OperationReads.of(dsg.getUnionGraph(), NodeFactory.createURI(iri))));
                return result;
            });
        }
        Query query = SparqlQueries.query("models-operations");
        ElementData models = new ElementData();
        Var model = Var.alloc("model");
        models.add(model);
        iris.stream().distinct().forEach(iri -> models.add(BindingFactory.binding(model, NodeFactory.createURI(iri))));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(models);
        ((ElementGroup) query.getQueryPattern()).getElements().forEach(pattern::addElement);
        query.setQueryPattern(pattern);
        Map<String, Map<String, OperationRows>> byModel = new LinkedHashMap<>();
        store.select(query, SparqlQueries::detach).forEach(row -> byModel
                .computeIfAbsent(row.getResource("model").getURI(), m -> new LinkedHashMap<>())
                .computeIfAbsent(row.getResource("activity").getURI(), a -> new OperationRows(row))
                .add(row));
        for (String iri : iris) {
            List<TrainingOperation> operations = new ArrayList<>();
            byModel.getOrDefault(iri, Map.of()).values().forEach(rows -> operations.add(rows.toOperation()));
            result.put(iri, operations);
        }
        return result;
    }

    /** Collects the (agent × dataset × hyper-parameter) rows of one activity. */
    private static final class OperationRows {
        private final QuerySolution first;
        private final Set<Link> agents = new LinkedHashSet<>();
        private final Set<Link> datasets = new LinkedHashSet<>();
        private final Map<RDFNode, TrainingOperation.HyperParameter> parameters = new LinkedHashMap<>();

        OperationRows(QuerySolution first) {
            this.first = first;
        }

        void add(QuerySolution row) {
            if (row.contains("agent")) {
                agents.add(link(row, "agent", "agentName"));
            }
            if (row.contains("dataset")) {
                datasets.add(link(row, "dataset", "datasetName"));
            }
            if (row.contains("parameter")) {
                parameters.putIfAbsent(row.get("parameter"), new TrainingOperation.HyperParameter(text(row, "parameterName"), text(row, "parameterValue")));
            }
        }

        TrainingOperation toOperation() {
            return new TrainingOperation(link(first, "activity", "activityName"), text(first, "started"),
                    text(first, "ended"), List.copyOf(agents), List.copyOf(datasets), List.copyOf(parameters.values()),
                    text(first, "codeRepository"), text(first, "codeRevision"));
        }
    }

    private static Link link(QuerySolution row, String iriVar, String labelVar) {
        return new Link(row.getResource(iriVar).getURI(), text(row, labelVar));
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : null;
    }

    private static long count(QuerySolution row, String var) {
        return row.getLiteral(var).getLong();
    }
}
