package org.pedigree.ingest.imports;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * Marks every derivation of a mapped model as declared by the document it was imported from
 * ({@code ped:declaredBy}, stated by it: {@code ped:StatedRelation}), the document being a
 * {@code prov:Entity} about the model.
 */
final class DeclaredEdges {
    private DeclaredEdges() {}

    static void add(Graph graph, String documentIri, String modelIri, String evidence) {
        Model m = ModelFactory.createModelForGraph(graph);
        Resource model = m.createResource(modelIri);
        Resource document = m.createResource(documentIri).addProperty(RDF.type, PROV.Entity).addProperty(SCHEMA.about, model);
        for (Statement s : model.listProperties(PROV.qualifiedDerivation).toList()) {
            s.getResource().addProperty(PED.declaredBy, document).addProperty(PED.relationBasis, PED.StatedRelation)
                    .addProperty(PED.relationEvidence, evidence);
        }
    }
}
