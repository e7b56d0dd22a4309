package org.pedigree.ingest.imports;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.InstanceIris;
import org.pedigree.vocab.FAIR4ML;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * The facts of a Hugging Face card that the record format has no field for, added to a mapped
 * record: the card as a {@code ped:ModelCard} (at its commit when known) that every derivation is
 * {@code ped:declaredBy}, with how its kind was decided; the task ({@code fair4ml:mlTask}), library,
 * languages, newer version ({@code dcterms:isReplacedBy}), CO2 emissions and the evaluation results
 * of {@code model-index}.
 */
final class HfFacts {
    private static final String HUB = "https://huggingface.co/";

    private final InstanceIris iris;
    private final HfIds ids;

    HfFacts(InstanceIris iris, HfIds ids) {
        this.iris = iris;
        this.ids = ids;
    }

    void add(Graph graph, HfModelInfo info, String modelId, Map<String, RelationInference.Decision> bases) {
        Model m = ModelFactory.createModelForGraph(graph);
        Resource model = m.createResource(modelIri(modelId));
        JsonNode card = info.card();
        Resource source = m.createResource(sourceIri(info, modelId)).addProperty(RDF.type, PED.ModelCard)
                .addProperty(RDF.type, PROV.Entity).addProperty(SCHEMA.about, model);
        if (info.revision() != null) {
            source.addProperty(PED.sourceRevision, info.revision());
        }
        for (Statement s : model.listProperties(PROV.qualifiedDerivation).toList()) {
            Resource derivation = s.getResource();
            Resource base = derivation.getPropertyResourceValue(PROV.entity);
            bases.forEach((id, decision) -> {
                if (modelIri(id).equals(base.getURI())) {
                    derivation.addProperty(PED.declaredBy, source).addProperty(PED.relationBasis, decision.basis());
                    decision.evidence().forEach(e -> derivation.addProperty(PED.relationEvidence, e));
                }
            });
        }
        CardFields.text(card.get("pipeline_tag")).ifPresent(t -> model.addProperty(FAIR4ML.mlTask, t));
        CardFields.text(card.get("library_name")).ifPresent(l -> model.addProperty(PED.libraryName, l));
        CardFields.texts(card.get("language")).forEach(l -> model.addProperty(SCHEMA.inLanguage, l));
        CardFields.text(card.get("new_version")).filter(v -> !v.equalsIgnoreCase(modelId)).ifPresent(v ->
                model.addProperty(DCTerms.isReplacedBy, m.createResource(modelIri(ids.canonical(HfIds.reference(info.where(), "new_version", v))))));
        co2(card.get("co2_eq_emissions")).ifPresent(g -> model.addLiteral(PED.co2EqEmissions, m.createTypedLiteral(g.toPlainString(), XSDDatatype.XSDdecimal)));
        new EvaluationResults(m, model).add(card.get("model-index"));
    }

    private String modelIri(String reference) {
        return HfIds.isId(reference) ? iris.modelOfHfId(reference) : reference;
    }

    /** The card file at its commit, or the Hub's model-info answer at its commit. */
    private static String sourceIri(HfModelInfo info, String modelId) {
        String revision = info.revision() == null ? "main" : info.revision();
        return info.format().equals("hf-api") ? HUB + "api/models/" + modelId + "/revision/" + revision
                : HUB + modelId + "/blob/" + revision + "/README.md";
    }

    /** A link of the card as an absolute URL: relative links resolve in the model's repository. */
    static String hubUrl(HfModelInfo info, String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        return HUB + info.id() + "/blob/" + (info.revision() == null ? "main" : info.revision()) + "/" + link.replaceFirst("^\\./", "");
    }

    /** Grams of CO2: a number, or the {@code emissions} of a map. */
    private static Optional<BigDecimal> co2(JsonNode node) {
        JsonNode value = node != null && node.isObject() ? node.get("emissions") : node;
        if (value != null && value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        return Optional.empty();
    }
}
