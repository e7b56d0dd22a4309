package org.pedigree.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the Pedigree vocabulary ({@code ontology/pedigree.ttl}). The namespace is
 * deployment-independent: it never depends on the base URI a server is configured with.
 */
public final class PED {
    public static final String NS = "https://w3id.org/pedigree#";

    public static final Resource Model = resource("Model");
    public static final Resource TrainingOperation = resource("TrainingOperation");
    public static final Resource LineageRecord = resource("LineageRecord");

    /** The kind of a qualified derivation (a concept of the derivation-kind scheme). */
    public static final Property derivationKind = property("derivationKind");
    /** The Hugging Face style id ({@code owner/name}) of a model or dataset. */
    public static final Property hfId = property("hfId");
    /** The record (named graph) that describes a thing. */
    public static final Property describedByRecord = property("describedByRecord");

    private PED() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
