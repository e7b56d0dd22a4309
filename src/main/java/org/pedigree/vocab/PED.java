package org.pedigree.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the Pedigree vocabulary ({@code ontology/pedigree.ttl}) and the namespaces of its concept
 * schemes and graphs. They are deployment-independent: they never depend on the base URI a server is
 * configured with. Use the terms ({@code PED.Model}), or {@link #kind(String)}, {@link #role(String)},
 * {@link #licence(String)} and {@link #graph(String)} for the IRI of a concept or graph by its slug.
 */
public final class PED {
    /** The ontology's own IRI; every Pedigree namespace starts with it. */
    public static final String ONTOLOGY = "https://w3id.org/pedigree";
    public static final String NS = ONTOLOGY + "#";
    /** The derivation and operation kinds ({@code kind/finetune}). */
    public static final String KIND_NS = ONTOLOGY + "/kind/";
    /** The dataset roles ({@code role/training}). */
    public static final String ROLE_NS = ONTOLOGY + "/role/";
    /** Pedigree's own licence concepts ({@code licence/unknown}). */
    public static final String LICENCE_NS = ONTOLOGY + "/licence/";
    /** The dictionary terms ({@code term/lineage}). */
    public static final String TERM_NS = ONTOLOGY + "/term/";
    /** The named graphs Pedigree keeps beside the records (knowledge, settings, generation). */
    public static final String GRAPH_NS = ONTOLOGY + "/graph/";

    public static final Resource Model = resource("Model");
    public static final Resource TrainingOperation = resource("TrainingOperation");
    public static final Resource RootModel = resource("RootModel");
    public static final Resource LineageRecord = resource("LineageRecord");
    public static final Resource RecordVersion = resource("RecordVersion");

    /** The kind of a qualified derivation (a concept of the derivation-kind scheme). */
    public static final Property derivationKind = property("derivationKind");
    /** The kind of a training operation (a concept of the operation-kind scheme). */
    public static final Property operationKind = property("operationKind");
    public static final Property hyperparameter = property("hyperparameter");
    public static final Property codeRevision = property("codeRevision");
    /** The Hugging Face style id ({@code owner/name}) of a model or dataset. */
    public static final Property hfId = property("hfId");
    // Where an edge and the facts of an imported model come from (importers).
    /** The document (a model card at a revision, a Hub model-info answer) that declares a derivation. */
    public static final Property declaredBy = property("declaredBy");
    /** How the kind of a declared derivation was decided: one of the three individuals below. */
    public static final Property relationBasis = property("relationBasis");
    public static final Resource StatedRelation = resource("StatedRelation");
    public static final Resource HubTagRelation = resource("HubTagRelation");
    public static final Resource InferredRelation = resource("InferredRelation");
    /** The evidence (a tag, library, name or file) an inferred kind rests on, in words. */
    public static final Property relationEvidence = property("relationEvidence");
    public static final Resource ModelCard = resource("ModelCard");
    /** The commit of the repository a model card or model-info answer was read at. */
    public static final Property sourceRevision = property("sourceRevision");
    /** The library a model is published for (Hugging Face library_name). */
    public static final Property libraryName = property("libraryName");
    /** CO2-equivalent emissions of training, in grams (Hugging Face co2_eq_emissions). */
    public static final Property co2EqEmissions = property("co2EqEmissions");
    // Record metadata and history (graph meta/records).
    public static final Property describes = property("describes");
    public static final Property currentVersion = property("currentVersion");
    public static final Property versionNumber = property("versionNumber");
    public static final Property recordStatus = property("recordStatus");
    public static final Resource Current = resource("Current");
    public static final Resource Retired = resource("Retired");
    public static final Property submittedBy = property("submittedBy");
    public static final Property sourceName = property("sourceName");
    public static final Property sourceFormat = property("sourceFormat");
    public static final Property sourceChecksum = property("sourceChecksum");
    public static final Property snapshot = property("snapshot");

    // Advisories and statements about them.
    public static final Resource Advisory = resource("Advisory");
    public static final Property affects = property("affects");
    public static final Property advisoryKind = property("advisoryKind");
    public static final Property severity = property("severity");
    public static final Property advisoryStatement = property("advisoryStatement");
    public static final Property about = property("about");
    public static final Property vexStatus = property("vexStatus");
    public static final Property justification = property("justification");
    public static final Property checksum = property("checksum");
    // Computed lineage facts (graph meta/lineage).
    public static final Property effectiveRestriction = property("effectiveRestriction");
    public static final Property licenceConflict = property("licenceConflict");
    public static final Resource AdvisoryStatus = resource("AdvisoryStatus");
    public static final Property advisoryStatus = property("advisoryStatus");
    public static final Property completeness = property("completeness");
    // Licence knowledge.
    public static final Property licenceCategory = property("licenceCategory");
    public static final Property requiredPrefix = property("requiredPrefix");

    private PED() {}

    /** The IRI of a derivation or operation kind by its slug ({@code finetune}). */
    public static String kind(String slug) {
        return KIND_NS + slug;
    }

    /** The IRI of a dataset role by its slug ({@code training}). */
    public static String role(String slug) {
        return ROLE_NS + slug;
    }

    /** The IRI of one of Pedigree's own licence concepts by its slug ({@code unknown}). */
    public static String licence(String slug) {
        return LICENCE_NS + slug;
    }

    /** The IRI of a Pedigree graph by its name ({@code settings}). */
    public static String graph(String name) {
        return GRAPH_NS + name;
    }

    /** The IRI of a term of the vocabulary that has no constant here, by its local name. */
    public static String iri(String local) {
        return NS + local;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
