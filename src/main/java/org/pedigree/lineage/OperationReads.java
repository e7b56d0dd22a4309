package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.Link;
import org.pedigree.model.TrainingOperation;
import org.pedigree.store.GraphReads;
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
        for (Node activity : sortedObjects(union, model, PROV.wasGeneratedBy)) {
            if (!activity.isURI()) {
                continue;
            }
            List<Link> agents = new ArrayList<>();
            for (Node agent : sortedObjects(union, activity, PROV.wasAssociatedWith)) {
                agents.add(link(union, agent));
            }
            List<Link> datasets = new ArrayList<>();
            for (Node dataset : sortedObjects(union, activity, PROV.used)) {
                if (union.contains(dataset, RDF.type.asNode(), SCHEMA.Dataset.asNode())) {
                    datasets.add(link(union, dataset));
                }
            }
            List<TrainingOperation.HyperParameter> parameters = new ArrayList<>();
            for (Node parameter : objects(union, activity, PED.hyperparameter)) {
                String name = text(union, parameter, SCHEMA.name);
                String value = text(union, parameter, SCHEMA.value);
                if (name != null && value != null) {
                    parameters.add(new TrainingOperation.HyperParameter(name, value));
                }
            }
            parameters.sort(Comparator.comparing(TrainingOperation.HyperParameter::name));
            operations.add(new TrainingOperation(link(union, activity), text(union, activity, PROV.startedAtTime),
                    text(union, activity, PROV.endedAtTime), agents, datasets, parameters,
                    text(union, activity, SCHEMA.codeRepository), text(union, activity, PED.codeRevision)));
        }
        return operations;
    }

    private static Link link(Graph union, Node node) {
        return new Link(node.getURI(), text(union, node, SCHEMA.name));
    }

    private static String text(Graph union, Node subject, Property property) {
        Node value = GraphReads.firstObject(union, subject, property.asNode());
        return value == null ? null : value.isLiteral() ? value.getLiteralLexicalForm() : value.isURI() ? value.getURI() : null;
    }

    private static List<Node> objects(Graph union, Node subject, Property property) {
        ExtendedIterator<Triple> found = union.find(subject, property.asNode(), Node.ANY);
        try {
            return found.mapWith(Triple::getObject).toList();
        } finally {
            found.close();
        }
    }

    /** The IRI objects, in IRI order (what SPARQL's ORDER BY gives for IRIs). */
    private static List<Node> sortedObjects(Graph union, Node subject, Property property) {
        List<Node> objects = new ArrayList<>(objects(union, subject, property).stream().filter(Node::isURI).toList());
        objects.sort(Comparator.comparing(Node::getURI));
        return objects;
    }
}
