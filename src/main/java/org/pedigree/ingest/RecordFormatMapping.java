package org.pedigree.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.vocab.SCHEMA;
import org.pedigree.model.InstanceIris;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;

/**
 * Maps one record of the Pedigree record format (a JSON tree, from YAML or JSON) to RDF: PROV-O
 * and Schema.org as in docs/records.md. Unknown fields, unknown kinds, roles and licences are
 * refused with the field named and the accepted values listed.
 */
final class RecordFormatMapping {
    private static final Set<String> RECORD_FIELDS = Set.of("id", "model", "dataset", "name", "description", "licence", "license",
            "version", "url", "attributed_to", "root", "bases", "revision_of", "operation");
    private static final Set<String> BASE_FIELDS = Set.of("model", "relation");
    private static final Set<String> OPERATION_FIELDS = Set.of("id", "name", "kind", "agent", "started", "ended",
            "hyperparameters", "code", "datasets");
    private static final Set<String> DATASET_FIELDS = Set.of("dataset", "role", "name", "revision", "sha256", "url");
    private static final Set<String> AGENT_FIELDS = Set.of("id", "name", "type", "url");

    record Mapped(String id, Graph graph) {}

    private final InstanceIris iris;
    private final Knowledge knowledge;

    RecordFormatMapping(InstanceIris iris, Knowledge knowledge) {
        this.iris = iris;
        this.knowledge = knowledge;
    }

    Mapped toRdf(String where, JsonNode record) {
        Fields fields = new Fields(where, record, RECORD_FIELDS);
        Model m = ModelFactory.createDefaultModel();
        boolean isDataset = record.has("dataset");
        if (isDataset == record.has("model")) {
            throw new InputProblem(where + ": a record names either `model: OWNER/NAME` or `dataset: OWNER/NAME` (exactly one of them).");
        }
        String thingIri = isDataset ? datasetIri(where + ", field dataset", fields.text("dataset"))
                : modelIri(where + ", field model", fields.text("model"));
        String id = record.has("id") ? fields.text("id") : iris.recordIdFor(thingIri).orElseThrow(() -> new InputProblem(
                where + ": give the record an `id:` (letters, digits, '.', '_', '-'), as its " + (isDataset ? "dataset" : "model")
                + " is not named OWNER/NAME."));
        if (!InstanceIris.RECORD_ID.matcher(id).matches()) {
            throw new InputProblem(where + ", field id: '" + id + "' is not a record id — use letters, digits, '.', '_' and '-' (e.g. owner--name).");
        }
        Resource thing = m.createResource(thingIri);
        thing.addProperty(RDF.type, isDataset ? SCHEMA.Dataset : PED.Model).addProperty(RDF.type, PROV.Entity);
        if (fields.hasText("model") && InstanceIris.isHfId(fields.text("model"))) {
            thing.addProperty(PED.hfId, fields.text("model"));
        }
        if (fields.hasText("dataset") && InstanceIris.isHfId(fields.text("dataset"))) {
            thing.addProperty(PED.hfId, fields.text("dataset"));
        }
        fields.optionalText("name").ifPresent(v -> thing.addProperty(SCHEMA.name, v));
        fields.optionalText("description").ifPresent(v -> thing.addProperty(SCHEMA.description, v));
        fields.optionalText("version").ifPresent(v -> thing.addProperty(SCHEMA.version, v));
        fields.optionalText("url").ifPresent(v -> thing.addProperty(SCHEMA.url, m.createResource(absolute(where + ", field url", v))));
        String licenceField = record.has("licence") ? "licence" : "license";
        fields.optionalText(licenceField).ifPresent(v -> thing.addProperty(SCHEMA.license, m.createResource(licence(where + ", field " + licenceField, v))));
        if (record.has("attributed_to")) {
            thing.addProperty(PROV.wasAttributedTo, agent(m, where + ", field attributed_to", record.get("attributed_to")));
        }
        boolean root = record.has("root") && fields.bool("root");
        if (root) {
            thing.addProperty(RDF.type, PED.RootModel);
        }
        if (record.has("revision_of")) {
            thing.addProperty(PROV.wasRevisionOf, m.createResource(modelIri(where + ", field revision_of", fields.text("revision_of"))));
        }
        Resource operation = record.has("operation") ? operation(m, where + ", operation", id, record.get("operation"), root) : null;
        if (operation != null) {
            thing.addProperty(PROV.wasGeneratedBy, operation);
        }
        if (record.has("bases")) {
            JsonNode bases = record.get("bases");
            if (!bases.isArray()) {
                throw new InputProblem(where + ", field bases: a list of `- model: OWNER/NAME` with `relation: KIND`.");
            }
            for (int i = 0; i < bases.size(); i++) {
                base(m, thing, where + ", bases[" + (i + 1) + "]", bases.get(i), operation);
            }
        }
        return new Mapped(id, m.getGraph());
    }

    private void base(Model m, Resource thing, String where, JsonNode node, Resource operation) {
        Fields fields = new Fields(where, node, BASE_FIELDS);
        Resource base = m.createResource(modelIri(where + ", field model", fields.text("model")));
        String relation = fields.text("relation");
        String kind = knowledge.kindIri(relation, true).orElseThrow(() -> new InputProblem(where + ", field relation: '" + relation
                + "' is not a derivation kind — use one of " + String.join(", ", knowledge.slugs("DerivationKinds", "https://w3id.org/pedigree/kind/")) + "."));
        thing.addProperty(PROV.wasDerivedFrom, base).addProperty(SCHEMA.isBasedOn, base);
        Resource derivation = m.createResource().addProperty(RDF.type, PROV.Derivation).addProperty(PROV.entity, base)
                .addProperty(PED.derivationKind, m.createResource(kind));
        if (operation != null) {
            derivation.addProperty(PROV.hadActivity, operation);
            operation.addProperty(PROV.used, base);
        }
        thing.addProperty(PROV.qualifiedDerivation, derivation);
    }

    private Resource operation(Model m, String where, String recordId, JsonNode node, boolean root) {
        Fields fields = new Fields(where, node, OPERATION_FIELDS);
        String kindSlug = fields.optionalText("kind").orElse(root ? "pretraining" : null);
        String opId = fields.optionalText("id").orElse(recordId + "--" + (kindSlug == null ? "training" : kindSlug));
        if (!InstanceIris.RECORD_ID.matcher(opId).matches()) {
            throw new InputProblem(where + ", field id: '" + opId + "' is not an id — use letters, digits, '.', '_' and '-'.");
        }
        Resource op = m.createResource(iris.activity(opId)).addProperty(RDF.type, PED.TrainingOperation).addProperty(RDF.type, PROV.Activity);
        if (kindSlug != null) {
            String kind = knowledge.kindIri(kindSlug, false).orElseThrow(() -> new InputProblem(where + ", field kind: '" + kindSlug
                    + "' is not an operation kind — use pretraining or one of " + String.join(", ", knowledge.slugs("DerivationKinds", "https://w3id.org/pedigree/kind/")) + "."));
            op.addProperty(PED.operationKind, m.createResource(kind));
        }
        fields.optionalText("name").ifPresent(v -> op.addProperty(SCHEMA.name, v));
        fields.optionalText("started").ifPresent(v -> op.addProperty(PROV.startedAtTime, dateTime(m, where + ", field started", v)));
        fields.optionalText("ended").ifPresent(v -> op.addProperty(PROV.endedAtTime, dateTime(m, where + ", field ended", v)));
        if (node.has("agent")) {
            op.addProperty(PROV.wasAssociatedWith, agent(m, where + ", field agent", node.get("agent")));
        }
        if (node.has("hyperparameters")) {
            JsonNode params = node.get("hyperparameters");
            if (!params.isObject()) {
                throw new InputProblem(where + ", field hyperparameters: a map of name: value.");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                op.addProperty(PED.hyperparameter, m.createResource().addProperty(RDF.type, SCHEMA.PropertyValue)
                        .addProperty(SCHEMA.name, p.getKey()).addLiteral(SCHEMA.value, value(m, where + ", hyperparameters." + p.getKey(), p.getValue())));
            }
        }
        if (node.has("code")) {
            Fields code = new Fields(where + ", field code", node.get("code"), Set.of("repository", "revision"));
            code.optionalText("repository").ifPresent(v -> op.addProperty(SCHEMA.codeRepository, m.createResource(absolute(where + ", code.repository", v))));
            code.optionalText("revision").ifPresent(v -> op.addProperty(PED.codeRevision, v));
        }
        if (node.has("datasets")) {
            JsonNode datasets = node.get("datasets");
            if (!datasets.isArray()) {
                throw new InputProblem(where + ", field datasets: a list of `- dataset: OWNER/NAME` with `role: ROLE`.");
            }
            for (int i = 0; i < datasets.size(); i++) {
                dataset(m, op, where + ", datasets[" + (i + 1) + "]", datasets.get(i));
            }
        }
        return op;
    }

    private void dataset(Model m, Resource op, String where, JsonNode node) {
        Fields fields = new Fields(where, node, DATASET_FIELDS);
        String datasetText = fields.text("dataset");
        Resource ds = m.createResource(datasetIri(where + ", field dataset", datasetText))
                .addProperty(RDF.type, SCHEMA.Dataset).addProperty(RDF.type, PROV.Entity);
        if (InstanceIris.isHfId(datasetText)) {
            ds.addProperty(PED.hfId, datasetText);
        }
        fields.optionalText("name").ifPresent(v -> ds.addProperty(SCHEMA.name, v));
        fields.optionalText("revision").ifPresent(v -> ds.addProperty(SCHEMA.version, v));
        fields.optionalText("sha256").ifPresent(v -> ds.addProperty(SCHEMA.sha256, v));
        fields.optionalText("url").ifPresent(v -> ds.addProperty(SCHEMA.url, m.createResource(absolute(where + ", field url", v))));
        op.addProperty(PROV.used, ds);
        fields.optionalText("role").ifPresent(roleSlug -> {
            String role = knowledge.roleIri(roleSlug).orElseThrow(() -> new InputProblem(where + ", field role: '" + roleSlug
                    + "' is not a dataset role — use one of " + String.join(", ", knowledge.slugs("DatasetRoles", "https://w3id.org/pedigree/role/")) + "."));
            op.addProperty(PROV.qualifiedUsage, m.createResource().addProperty(RDF.type, PROV.Usage)
                    .addProperty(PROV.entity, ds).addProperty(PROV.hadRole, m.createResource(role)));
        });
    }

    private Resource agent(Model m, String where, JsonNode node) {
        String id;
        String name = null;
        String type = "organization";
        String url = null;
        if (node.isTextual()) {
            id = node.asText();
        } else {
            Fields fields = new Fields(where, node, AGENT_FIELDS);
            id = fields.text("id");
            name = fields.optionalText("name").orElse(null);
            type = fields.optionalText("type").orElse("organization");
            url = fields.optionalText("url").orElse(null);
        }
        if (!InstanceIris.RECORD_ID.matcher(id).matches()) {
            throw new InputProblem(where + ": '" + id + "' is not an agent id — use letters, digits, '.', '_' and '-' (a Hugging Face user or organisation name works).");
        }
        Resource agent = m.createResource(iris.agent(id)).addProperty(RDF.type, PROV.Agent);
        switch (type) {
            case "organization" -> agent.addProperty(RDF.type, SCHEMA.Organization);
            case "person" -> agent.addProperty(RDF.type, SCHEMA.Person);
            case "software" -> agent.addProperty(RDF.type, PROV.SoftwareAgent);
            default -> throw new InputProblem(where + ", field type: '" + type + "' — use organization, person or software.");
        }
        if (name != null) {
            agent.addProperty(SCHEMA.name, name);
        }
        if (url != null) {
            agent.addProperty(SCHEMA.url, m.createResource(absolute(where + ", field url", url)));
        }
        return agent;
    }

    private String modelIri(String where, String value) {
        if (InstanceIris.isHfId(value)) {
            return iris.modelOfHfId(value);
        }
        return absolute(where, value, "a Hugging Face id OWNER/NAME or an absolute IRI");
    }

    private String datasetIri(String where, String value) {
        if (InstanceIris.isHfId(value)) {
            return iris.datasetOfHfId(value);
        }
        return absolute(where, value, "a dataset id OWNER/NAME or an absolute IRI");
    }

    private String licence(String where, String value) {
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return absolute(where, value);
        }
        return knowledge.licenceIri(value).orElseThrow(() -> new InputProblem(where + ": '" + value
                + "' is not a licence Pedigree knows — use a Hugging Face licence id (apache-2.0, llama3, cc-by-nc-4.0 …), "
                + "an SPDX id, a licence IRI, or noassertion."));
    }

    private static String absolute(String where, String value) {
        return absolute(where, value, "an absolute http(s) IRI");
    }

    private static String absolute(String where, String value, String expected) {
        try {
            java.net.URI uri = new java.net.URI(value);
            if (uri.isAbsolute() && uri.getHost() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new InputProblem(where + ": '" + value + "' is not " + expected + ".");
    }

    private static Literal dateTime(Model m, String where, String value) {
        if (!XSDDatatype.XSDdateTime.isValid(value)) {
            throw new InputProblem(where + ": '" + value + "' is not a date and time — write it as 2026-03-02T08:00:00Z (ISO 8601 with a time and zone).");
        }
        return m.createTypedLiteral(value, XSDDatatype.XSDdateTime);
    }

    private static Literal value(Model m, String where, JsonNode value) {
        if (value.isIntegralNumber()) {
            return m.createTypedLiteral(value.bigIntegerValue().toString(), XSDDatatype.XSDinteger);
        }
        if (value.isNumber()) {
            return m.createTypedLiteral(value.asText(), XSDDatatype.XSDdouble);
        }
        if (value.isBoolean()) {
            return m.createTypedLiteral(value.asBoolean());
        }
        if (value.isTextual()) {
            return m.createLiteral(value.asText());
        }
        throw new InputProblem(where + ": a hyper-parameter value is a number, a boolean or text.");
    }

    /** Field access with the place of every problem in its message, and unknown fields refused. */
    private static final class Fields {
        private final String where;
        private final JsonNode node;

        Fields(String where, JsonNode node, Set<String> allowed) {
            this.where = where;
            this.node = node;
            if (node == null || !node.isObject()) {
                throw new InputProblem(where + ": expected a map of fields (see docs/records.md).");
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw new InputProblem(where + ": unknown field '" + name + "' — the fields here are "
                            + String.join(", ", List.copyOf(new java.util.TreeSet<>(allowed))) + ".");
                }
            }
        }

        boolean hasText(String field) {
            return node.hasNonNull(field) && node.get(field).isValueNode();
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new InputProblem(where + ": the field '" + field + "' is required.");
            }
            if (!value.isValueNode() || value.asText().isBlank()) {
                throw new InputProblem(where + ", field " + field + ": expected a single value, not " + (value.isContainerNode() ? "a list or map" : "an empty value") + ".");
            }
            return value.asText().strip();
        }

        java.util.Optional<String> optionalText(String field) {
            return node.hasNonNull(field) ? java.util.Optional.of(text(field)) : java.util.Optional.empty();
        }

        boolean bool(String field) {
            JsonNode value = node.get(field);
            if (!value.isBoolean()) {
                throw new InputProblem(where + ", field " + field + ": expected true or false.");
            }
            return value.asBoolean();
        }
    }
}
