package org.pedigree.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the Hydra Core vocabulary that the pages of a description use (docs/decisions/0005). */
public final class HYDRA {
    public static final String NS = "http://www.w3.org/ns/hydra/core#";

    public static final Resource Collection = resource("Collection");
    public static final Resource PartialCollectionView = resource("PartialCollectionView");

    public static final Property view = property("view");
    public static final Property totalItems = property("totalItems");
    public static final Property memberAssertion = property("memberAssertion");
    public static final Property property = property("property");
    public static final Property object = property("object");
    public static final Property first = property("first");
    public static final Property previous = property("previous");
    public static final Property next = property("next");
    public static final Property last = property("last");

    private HYDRA() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
