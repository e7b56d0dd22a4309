package org.pedigree.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.InstanceIris;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * Lets FAIR4ML and MLDCAT-AP model descriptions load through the RDF path. It normalises
 * namespaces ({@code https://schema.org/} to {@code http://schema.org/}, FAIR4ML's older
 * {@code https://w3id.org/fair4ml/} to {@code https://w3id.org/fair4ml#}) and, for a model typed
 * {@code fair4ml:MLModel} or {@code it6:MachineLearningModel} that is not described the Pedigree
 * way, adds it: a fine-tune for each {@code fineTunedFrom}, a quantization for each source that
 * {@code it6:hasVariation} it, and the datasets of its {@code trainedOn} (pre-training for a model
 * without sources, else fine-tuning), {@code validatedOn}, {@code testedOn} and {@code evaluatedOn}
 * as the roles of an operation ({@code prov:used} from the model: a dataset without a role). A
 * model with neither sources nor {@code schema:isBasedOn} is a root model; plain
 * {@code schema:isBasedOn} says no kind, so it stays as it is (and the shapes ask for the kind).
 */
final class RdfCrosswalk {
    private static final String FAIR4ML = "https://w3id.org/fair4ml#";
    private static final String IT6 = "http://data.europa.eu/it6/";
    private static final Map<String, String> NAMESPACES = Map.of("https://schema.org/", SCHEMA.NS,
            "https://w3id.org/fair4ml/", FAIR4ML, "http://w3id.org/fair4ml#", FAIR4ML);
    private static final Map<String, String> ROLES = Map.of(FAIR4ML + "validatedOn", "validation", IT6 + "validatedOn", "validation",
            FAIR4ML + "testedOn", "test", IT6 + "testedOn", "test", FAIR4ML + "evaluatedOn", "evaluation");
    private static final List<String> TRAINED_ON = List.of(FAIR4ML + "trainedOn", IT6 + "trainedOn");

    private final InstanceIris iris;

    RdfCrosswalk(InstanceIris iris) {
        this.iris = iris;
    }

    /** Normalises the namespaces of {@code graph} in place. */
    static void normalise(Graph graph) {
        List<Triple> foreign = graph.find().filterKeep(t -> foreign(t.getSubject()) || foreign(t.getPredicate()) || foreign(t.getObject())).toList();
        for (Triple t : foreign) {
            graph.delete(t);
            graph.add(Triple.create(normal(t.getSubject()), normal(t.getPredicate()), normal(t.getObject())));
        }
    }

    private static boolean foreign(Node node) {
        return node.isURI() && NAMESPACES.keySet().stream().anyMatch(node.getURI()::startsWith);
    }

    private static Node normal(Node node) {
        if (!foreign(node)) {
            return node;
        }
        String uri = node.getURI();
        String from = NAMESPACES.keySet().stream().filter(uri::startsWith).findFirst().orElseThrow();
        return NodeFactory.createURI(NAMESPACES.get(from) + uri.substring(from.length()));
    }

    /** Describes the FAIR4ML and MLDCAT-AP models of {@code graph} the Pedigree way. */
    void describe(Graph graph) {
        Model m = ModelFactory.createModelForGraph(graph);
        for (String type : List.of(FAIR4ML + "MLModel", IT6 + "MachineLearningModel")) {
            for (Resource model : m.listSubjectsWithProperty(RDF.type, m.createResource(type)).toList()) {
                if (model.isURIResource() && !model.hasProperty(RDF.type, PED.Model)) {
                    describe(m, model);
                }
            }
        }
    }

    private void describe(Model m, Resource model) {
        model.addProperty(RDF.type, PED.Model).addProperty(RDF.type, PROV.Entity);
        iris.hfIdOf(model.getURI()).ifPresent(id -> model.addProperty(PED.hfId, id));
        int sources = 0;
        for (String p : List.of(FAIR4ML + "fineTunedFrom", IT6 + "fineTunedFrom")) {
            for (RDFNode base : model.listProperties(m.createProperty(p)).mapWith(s -> s.getObject()).toList()) {
                sources += derivation(m, model, base.asResource(), "finetune");
            }
        }
        for (Resource base : m.listSubjectsWithProperty(m.createProperty(IT6 + "hasVariation"), model).toList()) {
            sources += derivation(m, model, base, "quantized");
        }
        String id = iris.recordIdFor(model.getURI()).orElse(null);
        Resource operation = id == null ? null : m.createResource(iris.activity(id + "--" + (sources == 0 ? "pretraining" : "training")));
        boolean root = sources == 0 && !model.hasProperty(SCHEMA.isBasedOn);
        if (root) {
            model.addProperty(RDF.type, PED.RootModel);
        }
        if (operation == null) {
            return;
        }
        boolean used = false;
        for (RDFNode dataset : model.listProperties(PROV.used).mapWith(s -> s.getObject()).toList()) {
            operation.addProperty(PROV.used, dataset);
            dataset.asResource().addProperty(RDF.type, SCHEMA.Dataset).addProperty(RDF.type, PROV.Entity);
            used = true;
        }
        model.removeAll(PROV.used);
        for (Map.Entry<String, String> role : roles(sources).entrySet()) {
            Property property = m.createProperty(role.getKey());
            for (RDFNode dataset : model.listProperties(property).mapWith(s -> s.getObject()).toList()) {
                operation.addProperty(PROV.used, dataset).addProperty(PROV.qualifiedUsage, m.createResource().addProperty(RDF.type, PROV.Usage)
                        .addProperty(PROV.entity, dataset).addProperty(PROV.hadRole, m.createResource(PED.role(role.getValue()))));
                dataset.asResource().addProperty(RDF.type, SCHEMA.Dataset).addProperty(RDF.type, PROV.Entity);
                used = true;
            }
        }
        if (used || root) {
            operation.addProperty(RDF.type, PED.TrainingOperation).addProperty(RDF.type, PROV.Activity);
            if (root) {
                operation.addProperty(PED.operationKind, m.createResource(PED.kind("pretraining")));
            }
            model.addProperty(PROV.wasGeneratedBy, operation);
        }
    }

    private static Map<String, String> roles(int sources) {
        Map<String, String> roles = new LinkedHashMap<>(ROLES);
        TRAINED_ON.forEach(p -> roles.put(p, sources == 0 ? "pretraining" : "finetuning"));
        return roles;
    }

    private static int derivation(Model m, Resource model, Resource base, String kind) {
        model.addProperty(PROV.wasDerivedFrom, base).addProperty(SCHEMA.isBasedOn, base).addProperty(PROV.qualifiedDerivation,
                m.createResource().addProperty(RDF.type, PROV.Derivation).addProperty(PROV.entity, base)
                        .addProperty(PED.derivationKind, m.createResource(PED.kind(kind))));
        return 1;
    }
}
