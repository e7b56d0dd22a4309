package org.pedigree.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.Link;
import org.pedigree.model.TrainingOperation;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * The operations that generated one model, read through a local store's indexes: what
 * {@code /queries/models-operations.rq} answers for one model, in the same order (operations,
 * agents and datasets by IRI, hyper-parameters by name), in a few lookups instead of a query plan.
 */
final class OperationReads {
    private OperationReads() {}

    static List<TrainingOperation> of(Graph union, Node model) {
        List<TrainingOperation> operations = new ArrayList<>();
        for (Node activity : sortedIris(GraphReads.properties(union, model).get(PROV.wasGeneratedBy.asNode()))) {
            Map<Node, List<Node>> facts = GraphReads.properties(union, activity);
            List<Link> agents = new ArrayList<>();
            for (Node agent : sortedIris(facts.get(PROV.wasAssociatedWith.asNode()))) {
                agents.add(link(union, agent));
            }
            List<Link> datasets = new ArrayList<>();
            for (Node dataset : sortedIris(facts.get(PROV.used.asNode()))) {
                if (union.contains(dataset, RDF.type.asNode(), SCHEMA.Dataset.asNode())) {
                    datasets.add(link(union, dataset));
                }
            }
            List<TrainingOperation.HyperParameter> parameters = new ArrayList<>();
            for (Node parameter : facts.getOrDefault(PED.hyperparameter.asNode(), List.of())) {
                Map<Node, List<Node>> stated = GraphReads.properties(union, parameter);
                String name = GraphReads.text(stated, SCHEMA.name.asNode());
                String value = GraphReads.text(stated, SCHEMA.value.asNode());
                if (name != null && value != null) {
                    parameters.add(new TrainingOperation.HyperParameter(name, value));
                }
            }
            parameters.sort(Comparator.comparing(TrainingOperation.HyperParameter::name));
            operations.add(new TrainingOperation(new Link(activity.getURI(), GraphReads.text(facts, SCHEMA.name.asNode())),
                    GraphReads.text(facts, PROV.startedAtTime.asNode()), GraphReads.text(facts, PROV.endedAtTime.asNode()), agents, datasets,
                    parameters, GraphReads.text(facts, SCHEMA.codeRepository.asNode()), GraphReads.text(facts, PED.codeRevision.asNode())));
        }
        return operations;
    }

    /**
     * A shared thing (an agent, a dataset) named by its first name: a point lookup, since every
     * record that mentions it may state it again, and all of its statements could be many.
     */
    private static Link link(Graph union, Node thing) {
        Node name = GraphReads.firstObject(union, thing, SCHEMA.name.asNode());
        return new Link(thing.getURI(), name != null && name.isLiteral() ? name.getLiteralLexicalForm() : null);
    }

    /** The IRIs among {@code nodes}, in IRI order (what SPARQL's ORDER BY gives for IRIs). */
    private static List<Node> sortedIris(List<Node> nodes) {
        if (nodes == null) {
            return List.of();
        }
        List<Node> iris = new ArrayList<>(nodes.stream().filter(Node::isURI).distinct().toList());
        iris.sort(Comparator.comparing(Node::getURI));
        return iris;
    }
}
