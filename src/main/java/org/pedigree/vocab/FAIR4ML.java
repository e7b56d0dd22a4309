package org.pedigree.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The FAIR4ML 0.1.0 terms Pedigree writes ({@code ontology/imports/fair4ml-0.1.0.jsonld}), in the
 * {@code https://w3id.org/fair4ml#} namespace.
 */
public final class FAIR4ML {
    public static final String NS = "https://w3id.org/fair4ml#";

    public static final Resource MLModelEvaluation = ResourceFactory.createResource(NS + "MLModelEvaluation");
    public static final Property mlTask = ResourceFactory.createProperty(NS + "mlTask");
    public static final Property hasEvaluation = ResourceFactory.createProperty(NS + "hasEvaluation");
    public static final Property evaluatedOn = ResourceFactory.createProperty(NS + "evaluatedOn");

    private FAIR4ML() {}
}
