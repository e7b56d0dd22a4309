package org.pedigree.ingest.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.InstanceIris;
import org.pedigree.vocab.FAIR4ML;
import org.pedigree.vocab.SCHEMA;

/**
 * The evaluation results of a card's {@code model-index} as FAIR4ML evaluations: one
 * {@code fair4ml:MLModelEvaluation} per result (task and dataset), each metric a
 * {@code schema:PropertyValue} (type, name, value). The model index is free-form on the Hub, so
 * results without a metric value are left out rather than refused.
 */
final class EvaluationResults {
    private final Model m;
    private final Resource model;

    EvaluationResults(Model m, Resource model) {
        this.m = m;
        this.model = model;
    }

    void add(JsonNode index) {
        if (index == null || !index.isArray()) {
            return;
        }
        for (JsonNode entry : index) {
            JsonNode results = entry.get("results");
            if (results != null && results.isArray()) {
                results.forEach(this::result);
            }
        }
    }

    private void result(JsonNode result) {
        JsonNode metrics = result.get("metrics");
        if (metrics == null || !metrics.isArray() || !hasValue(metrics)) {
            return;
        }
        Resource evaluation = m.createResource().addProperty(RDF.type, FAIR4ML.MLModelEvaluation);
        model.addProperty(FAIR4ML.hasEvaluation, evaluation);
        JsonNode task = result.path("task");
        JsonNode dataset = result.path("dataset");
        CardFields.text(task.get("type")).ifPresent(t -> evaluation.addProperty(FAIR4ML.mlTask, t));
        String datasetName = CardFields.text(dataset.get("name")).or(() -> CardFields.text(dataset.get("type"))).orElse(null);
        if (datasetName != null) {
            evaluation.addProperty(SCHEMA.name, datasetName);
        }
        CardFields.text(dataset.get("type")).filter(InstanceIris::isHfId).ifPresent(id ->
                evaluation.addProperty(FAIR4ML.evaluatedOn, m.createResource("https://huggingface.co/datasets/" + id)));
        for (JsonNode metric : metrics) {
            JsonNode value = metric.get("value");
            if (value == null || !(value.isNumber() || value.isTextual())) {
                continue;
            }
            Resource pv = m.createResource().addProperty(RDF.type, SCHEMA.PropertyValue).addLiteral(SCHEMA.value, literal(value));
            CardFields.text(metric.get("type")).ifPresent(t -> pv.addProperty(SCHEMA.propertyID, t));
            CardFields.text(metric.get("name")).ifPresent(n -> pv.addProperty(SCHEMA.name, n));
            evaluation.addProperty(SCHEMA.variableMeasured, pv);
        }
    }

    private static boolean hasValue(JsonNode metrics) {
        for (JsonNode metric : metrics) {
            JsonNode value = metric.get("value");
            if (value != null && (value.isNumber() || value.isTextual())) {
                return true;
            }
        }
        return false;
    }

    private Literal literal(JsonNode value) {
        if (value.isIntegralNumber()) {
            return m.createTypedLiteral(value.bigIntegerValue().toString(), XSDDatatype.XSDinteger);
        }
        if (value.isNumber()) {
            return m.createTypedLiteral(value.decimalValue().toPlainString(), XSDDatatype.XSDdecimal);
        }
        return m.createLiteral(value.asText());
    }
}
