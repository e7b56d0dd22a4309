package org.pedigree.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of W3C PROV-O used by Pedigree (Jena ships none). */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = resource("Entity");
    public static final Resource Activity = resource("Activity");
    public static final Resource Agent = resource("Agent");
    public static final Resource Derivation = resource("Derivation");
    public static final Resource Usage = resource("Usage");
    public static final Resource SoftwareAgent = resource("SoftwareAgent");

    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property used = property("used");
    public static final Property wasAssociatedWith = property("wasAssociatedWith");
    public static final Property wasAttributedTo = property("wasAttributedTo");
    public static final Property qualifiedDerivation = property("qualifiedDerivation");
    public static final Property entity = property("entity");
    public static final Property hadActivity = property("hadActivity");
    public static final Property qualifiedUsage = property("qualifiedUsage");
    public static final Property hadRole = property("hadRole");
    public static final Property atTime = property("atTime");
    public static final Property wasRevisionOf = property("wasRevisionOf");
    public static final Property wasInvalidatedBy = property("wasInvalidatedBy");
    public static final Property startedAtTime = property("startedAtTime");
    public static final Property endedAtTime = property("endedAtTime");

    private PROV() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
