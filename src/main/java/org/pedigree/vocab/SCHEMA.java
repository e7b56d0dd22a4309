package org.pedigree.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Schema.org terms Pedigree uses, in the {@code http://schema.org/} namespace (the one of
 * schema.org's JSON-LD context). Jena 6's {@code SchemaDO} uses {@code https://schema.org/}, so it
 * is not used; importers map the https form to this one.
 */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";

    public static final Resource Dataset = resource("Dataset");
    public static final Resource CreativeWork = resource("CreativeWork");
    public static final Resource Organization = resource("Organization");
    public static final Resource Person = resource("Person");
    public static final Resource PropertyValue = resource("PropertyValue");

    public static final Property name = property("name");
    public static final Property description = property("description");
    public static final Property version = property("version");
    public static final Property url = property("url");
    public static final Property license = property("license");
    public static final Property isBasedOn = property("isBasedOn");
    public static final Property value = property("value");
    public static final Property codeRepository = property("codeRepository");
    public static final Property sha256 = property("sha256");
    public static final Property inLanguage = property("inLanguage");
    public static final Property about = property("about");
    public static final Property propertyID = property("propertyID");
    public static final Property variableMeasured = property("variableMeasured");

    private SCHEMA() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
