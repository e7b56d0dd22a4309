package org.pedigree.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The fields of the Pedigree record format (docs/records.md), the one place that knows their
 * names: reads one record document (a JSON tree, from YAML or JSON) into a {@link RecordDraft}.
 * What a tree can get wrong is refused here with the field named — unknown fields (listing the
 * known ones), a list or map where one value belongs, a missing required field, a value of the
 * wrong type; what the values mean is checked when the draft is mapped
 * ({@link RecordFormatMapping}).
 */
final class RecordFormatFields {
    private static final Set<String> RECORD_FIELDS = Set.of("id", "model", "dataset", "name", "description", "licence", "license",
            "version", "url", "attributed_to", "root", "bases", "revision_of", "operation");
    private static final Set<String> BASE_FIELDS = Set.of("model", "relation");
    private static final Set<String> OPERATION_FIELDS = Set.of("id", "name", "kind", "agent", "started", "ended",
            "hyperparameters", "code", "datasets");
    private static final Set<String> CODE_FIELDS = Set.of("repository", "revision");
    private static final Set<String> DATASET_FIELDS = Set.of("dataset", "role", "name", "revision", "sha256", "url");
    private static final Set<String> AGENT_FIELDS = Set.of("id", "name", "type", "url");

    private RecordFormatFields() {}

    /** The draft of one record document; {@code where} names it in messages. */
    static RecordDraft read(String where, JsonNode record) {
        Fields fields = new Fields(where, record, RECORD_FIELDS);
        boolean isDataset = record.has("dataset");
        if (isDataset == record.has("model")) {
            throw new InputProblem(where + ": a record names either `model: OWNER/NAME` or `dataset: OWNER/NAME` (exactly one of them).");
        }
        RecordDraft draft = isDataset ? RecordDraft.dataset(fields.text("dataset")) : RecordDraft.model(fields.text("model"));
        if (record.has("id")) {
            draft.id(fields.text("id"));
        }
        fields.optionalText("name").ifPresent(draft::name);
        fields.optionalText("description").ifPresent(draft::description);
        fields.optionalText("version").ifPresent(draft::version);
        fields.optionalText("url").ifPresent(draft::url);
        String licenceField = record.has("licence") ? "licence" : "license";
        fields.optionalText(licenceField).ifPresent(v -> draft.licence(v, licenceField));
        if (record.has("attributed_to")) {
            draft.attributedTo(agent(where + ", field attributed_to", record.get("attributed_to")));
        }
        if (record.has("root") && fields.bool("root")) {
            draft.root();
        }
        if (record.has("revision_of")) {
            draft.revisionOf(fields.text("revision_of"));
        }
        if (record.has("operation")) {
            draft.operation(operation(where + ", operation", record.get("operation")));
        }
        if (record.has("bases")) {
            JsonNode bases = record.get("bases");
            if (!bases.isArray()) {
                throw new InputProblem(where + ", field bases: a list of `- model: OWNER/NAME` with `relation: KIND`.");
            }
            for (int i = 0; i < bases.size(); i++) {
                Fields base = new Fields(where + ", bases[" + (i + 1) + "]", bases.get(i), BASE_FIELDS);
                draft.base(base.text("model"), base.text("relation"));
            }
        }
        return draft;
    }

    private static OperationDraft operation(String where, JsonNode node) {
        Fields fields = new Fields(where, node, OPERATION_FIELDS);
        OperationDraft op = new OperationDraft();
        fields.optionalText("kind").ifPresent(op::kind);
        fields.optionalText("id").ifPresent(op::id);
        fields.optionalText("name").ifPresent(op::name);
        fields.optionalText("started").ifPresent(op::started);
        fields.optionalText("ended").ifPresent(op::ended);
        if (node.has("agent")) {
            op.agent(agent(where + ", field agent", node.get("agent")));
        }
        if (node.has("hyperparameters")) {
            JsonNode params = node.get("hyperparameters");
            if (!params.isObject()) {
                throw new InputProblem(where + ", field hyperparameters: a map of name: value.");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                op.hyperparameter(p.getKey(), value(where + ", hyperparameters." + p.getKey(), p.getValue()));
            }
        }
        if (node.has("code")) {
            Fields code = new Fields(where + ", field code", node.get("code"), CODE_FIELDS);
            op.code(code.optionalText("repository").orElse(null), code.optionalText("revision").orElse(null));
        }
        if (node.has("datasets")) {
            JsonNode datasets = node.get("datasets");
            if (!datasets.isArray()) {
                throw new InputProblem(where + ", field datasets: a list of `- dataset: OWNER/NAME` with `role: ROLE`.");
            }
            for (int i = 0; i < datasets.size(); i++) {
                op.dataset(dataset(where + ", datasets[" + (i + 1) + "]", datasets.get(i)));
            }
        }
        return op;
    }

    private static OperationDraft.UsedDataset dataset(String where, JsonNode node) {
        Fields fields = new Fields(where, node, DATASET_FIELDS);
        OperationDraft.UsedDataset used = new OperationDraft.UsedDataset(fields.text("dataset"));
        fields.optionalText("name").ifPresent(used::name);
        fields.optionalText("revision").ifPresent(used::revision);
        fields.optionalText("sha256").ifPresent(used::sha256);
        fields.optionalText("url").ifPresent(used::url);
        fields.optionalText("role").ifPresent(used::role);
        return used;
    }

    /** An agent: a map of its fields, or just its id (taken as written, so an id with spaces is refused). */
    private static RecordDraft.Agent agent(String where, JsonNode node) {
        if (node.isTextual()) {
            return RecordDraft.Agent.organization(RecordValues.agentId(where, node.asText()), null);
        }
        Fields fields = new Fields(where, node, AGENT_FIELDS);
        String id = fields.text("id");
        String name = fields.optionalText("name").orElse(null);
        String type = fields.optionalText("type").orElse("organization");
        String url = fields.optionalText("url").orElse(null);
        RecordDraft.Agent.Type kind = switch (type) {
            case "organization" -> RecordDraft.Agent.Type.ORGANIZATION;
            case "person" -> RecordDraft.Agent.Type.PERSON;
            case "software" -> RecordDraft.Agent.Type.SOFTWARE;
            default -> throw new InputProblem(where + ", field type: '" + type + "' — use organization, person or software.");
        };
        return new RecordDraft.Agent(id, name, kind, url);
    }

    private static Literal value(String where, JsonNode value) {
        if (value.isIntegralNumber()) {
            return ResourceFactory.createTypedLiteral(value.bigIntegerValue().toString(), XSDDatatype.XSDinteger);
        }
        if (value.isNumber()) {
            return ResourceFactory.createTypedLiteral(value.asText(), XSDDatatype.XSDdouble);
        }
        if (value.isBoolean()) {
            return ResourceFactory.createTypedLiteral(value.asBoolean());
        }
        if (value.isTextual()) {
            return ResourceFactory.createPlainLiteral(value.asText());
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
                            + String.join(", ", List.copyOf(new TreeSet<>(allowed))) + ".");
                }
            }
        }

        /** The field's single value, stripped; missing, blank, a list or a map is refused. */
        String text(String field) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isValueNode()) {
                throw new InputProblem(where + ", field " + field + ": expected a single value, not a list or map.");
            }
            return RecordValues.required(where, field, value == null || value.isNull() ? null : value.asText());
        }

        Optional<String> optionalText(String field) {
            return node.hasNonNull(field) ? Optional.of(text(field)) : Optional.empty();
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
