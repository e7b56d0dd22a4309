package org.pedigree.lineage.export;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.SCHEMA;

/**
 * A model in FAIR4ML or MLDCAT-AP, written by the crosswalk of the knowledge
 * ({@code /queries/export-crosswalk.rq}): each edge with the vocabulary's property for its kind
 * (MLDCAT-AP's {@code it6:hasVariation} from the source for quantizations), else
 * {@code schema:isBasedOn}; each dataset with the property of its role. MLDCAT-AP allows one
 * {@code it6:fineTunedFrom}: with several, the first stays and the others become
 * {@code schema:isBasedOn}. What could not be expressed is said in comments at the top.
 */
final class CrosswalkExport {
    private static final String FAIR4ML = "https://w3id.org/fair4ml#";
    private static final String IT6 = "http://data.europa.eu/it6/";

    private CrosswalkExport() {}

    static Optional<String> write(LineageStore store, String modelIri, boolean mldcat) {
        Graph graph = store.construct(SparqlQueries.query("export-crosswalk", Map.of(
                "model", SparqlQueries.iri(modelIri),
                "vocabulary", SparqlQueries.iri(PED.NS + (mldcat ? "mldcatProperty" : "fair4mlProperty")),
                "inverse", SparqlQueries.iri(mldcat ? PED.NS + "mldcatInverseProperty" : PED.NS + "noInverse"),
                "modelClass", SparqlQueries.iri(mldcat ? IT6 + "MachineLearningModel" : FAIR4ML + "MLModel"))));
        if (graph.isEmpty()) {
            return Optional.empty();
        }
        Model m = ModelFactory.createModelForGraph(graph);
        Resource model = m.createResource(modelIri);
        List<String> notes = new ArrayList<>();
        model.listProperties(SCHEMA.isBasedOn).forEach(s -> notes.add(s.getObject() + ": " + (mldcat ? "MLDCAT-AP" : "FAIR4ML")
                + " has no property for this kind of derivation, so it is written as schema:isBasedOn"));
        if (mldcat) {
            Property fineTunedFrom = m.createProperty(IT6 + "fineTunedFrom");
            List<RDFNode> sources = model.listProperties(fineTunedFrom).mapWith(s -> s.getObject()).toList();
            sources.sort(Comparator.comparing(RDFNode::toString));
            if (sources.size() > 1) {
                model.removeAll(fineTunedFrom).addProperty(fineTunedFrom, sources.get(0));
                for (RDFNode extra : sources.subList(1, sources.size())) {
                    model.addProperty(SCHEMA.isBasedOn, extra);
                    notes.add(extra + ": MLDCAT-AP allows one it6:fineTunedFrom (" + sources.get(0) + "), so this one is schema:isBasedOn");
                }
            }
        }
        m.setNsPrefix("schema", SCHEMA.NS).setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix(mldcat ? "it6" : "fair4ml", mldcat ? IT6 : FAIR4ML);
        StringWriter out = new StringWriter();
        notes.forEach(n -> out.append("# not expressible: ").append(n).append('\n'));
        RDFDataMgr.write(out, m, Lang.TURTLE);
        return Optional.of(out.toString());
    }
}
