package org.pedigree.ingest;

import static org.pedigree.ingest.RecordValues.absolute;
import static org.pedigree.ingest.RecordValues.dateTime;
import static org.pedigree.ingest.RecordValues.optional;
import static org.pedigree.ingest.RecordValues.required;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.vocab.SCHEMA;
import org.pedigree.model.InstanceIris;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;

/**
 * Maps one record of the Pedigree record format ({@link RecordDraft}: read from a YAML or JSON
 * record by {@link RecordFormatFields}, or built by an importer) to RDF: PROV-O and Schema.org as
 * in docs/records.md. Every value is stripped and a blank one refused; unknown kinds, roles and
 * licences, ids that are not ids and IRIs that are not absolute are refused with the field named and
 * the accepted values listed.
 */
final class RecordFormatMapping {
    record Mapped(String id, Graph graph) {}

    private final InstanceIris iris;
    private final Knowledge knowledge;

    RecordFormatMapping(InstanceIris iris, Knowledge knowledge) {
        this.iris = iris;
        this.knowledge = knowledge;
    }

    Mapped toRdf(String where, RecordDraft record) {
        Model m = ModelFactory.createDefaultModel();
        boolean isDataset = record.isDataset();
        String ref = required(where, isDataset ? "dataset" : "model", record.thing());
        String thingIri = isDataset ? datasetIri(where + ", field dataset", ref) : modelIri(where + ", field model", ref);
        String id = record.id() != null ? required(where, "id", record.id()) : iris.recordIdFor(thingIri).orElseThrow(() -> new InputProblem(
                where + ": give the record an `id:` (letters, digits, '.', '_', '-'), as its " + (isDataset ? "dataset" : "model")
                + " is not named OWNER/NAME."));
        if (!InstanceIris.RECORD_ID.matcher(id).matches()) {
            throw new InputProblem(where + ", field id: '" + id + "' is not a record id — use letters, digits, '.', '_' and '-' (e.g. owner--name).");
        }
        Resource thing = m.createResource(thingIri);
        thing.addProperty(RDF.type, isDataset ? SCHEMA.Dataset : PED.Model).addProperty(RDF.type, PROV.Entity);
        if (InstanceIris.isHfId(ref)) {
            thing.addProperty(PED.hfId, ref);
        }
        add(thing, SCHEMA.name, optional(where, "name", record.name()));
        add(thing, SCHEMA.description, optional(where, "description", record.description()));
        add(thing, SCHEMA.version, optional(where, "version", record.version()));
        String url = optional(where, "url", record.url());
        if (url != null) {
            thing.addProperty(SCHEMA.url, m.createResource(absolute(where + ", field url", url)));
        }
        String licence = optional(where, record.licenceField(), record.licence());
        if (licence != null) {
            thing.addProperty(SCHEMA.license, m.createResource(licence(where + ", field " + record.licenceField(), licence)));
        }
        if (record.attributedTo() != null) {
            thing.addProperty(PROV.wasAttributedTo, agent(m, where + ", field attributed_to", record.attributedTo()));
        }
        if (record.isRoot()) {
            thing.addProperty(RDF.type, PED.RootModel);
        }
        if (record.revisionOf() != null) {
            thing.addProperty(PROV.wasRevisionOf, m.createResource(modelIri(where + ", field revision_of",
                    required(where, "revision_of", record.revisionOf()))));
        }
        Resource operation = record.operation() != null ? operation(m, where + ", operation", id, record.operation(), record.isRoot()) : null;
        if (operation != null) {
            thing.addProperty(PROV.wasGeneratedBy, operation);
        }
        List<RecordDraft.Base> bases = record.bases();
        for (int i = 0; i < bases.size(); i++) {
            base(m, thing, where + ", bases[" + (i + 1) + "]", bases.get(i), operation);
        }
        return new Mapped(id, m.getGraph());
    }

    private void base(Model m, Resource thing, String where, RecordDraft.Base node, Resource operation) {
        Resource base = m.createResource(modelIri(where + ", field model", required(where, "model", node.model())));
        String relation = required(where, "relation", node.relation());
        String kind = knowledge.kindIri(relation, true).orElseThrow(() -> new InputProblem(where + ", field relation: '" + relation
                + "' is not a derivation kind — use one of " + String.join(", ", knowledge.slugs("DerivationKinds", PED.KIND_NS)) + "."));
        thing.addProperty(PROV.wasDerivedFrom, base).addProperty(SCHEMA.isBasedOn, base);
        Resource derivation = m.createResource().addProperty(RDF.type, PROV.Derivation).addProperty(PROV.entity, base)
                .addProperty(PED.derivationKind, m.createResource(kind));
        if (operation != null) {
            derivation.addProperty(PROV.hadActivity, operation);
            operation.addProperty(PROV.used, base);
        }
        thing.addProperty(PROV.qualifiedDerivation, derivation);
    }

    private Resource operation(Model m, String where, String recordId, OperationDraft node, boolean root) {
        String given = optional(where, "kind", node.kind());
        String kindSlug = given != null ? given : root ? "pretraining" : null;
        String givenId = optional(where, "id", node.id());
        String opId = givenId != null ? givenId : recordId + "--" + (kindSlug == null ? "training" : kindSlug);
        if (!InstanceIris.RECORD_ID.matcher(opId).matches()) {
            throw new InputProblem(where + ", field id: '" + opId + "' is not an id — use letters, digits, '.', '_' and '-'.");
        }
        Resource op = m.createResource(iris.activity(opId)).addProperty(RDF.type, PED.TrainingOperation).addProperty(RDF.type, PROV.Activity);
        if (kindSlug != null) {
            String kind = knowledge.kindIri(kindSlug, false).orElseThrow(() -> new InputProblem(where + ", field kind: '" + kindSlug
                    + "' is not an operation kind — use pretraining or one of " + String.join(", ", knowledge.slugs("DerivationKinds", PED.KIND_NS)) + "."));
            op.addProperty(PED.operationKind, m.createResource(kind));
        }
        add(op, SCHEMA.name, optional(where, "name", node.name()));
        String started = optional(where, "started", node.started());
        if (started != null) {
            op.addProperty(PROV.startedAtTime, dateTime(where + ", field started", started));
        }
        String ended = optional(where, "ended", node.ended());
        if (ended != null) {
            op.addProperty(PROV.endedAtTime, dateTime(where + ", field ended", ended));
        }
        if (node.agent() != null) {
            op.addProperty(PROV.wasAssociatedWith, agent(m, where + ", field agent", node.agent()));
        }
        for (Map.Entry<String, Literal> p : node.hyperparameters().entrySet()) {
            op.addProperty(PED.hyperparameter, m.createResource().addProperty(RDF.type, SCHEMA.PropertyValue)
                    .addProperty(SCHEMA.name, p.getKey()).addLiteral(SCHEMA.value, p.getValue()));
        }
        String repository = optional(where + ", field code", "repository", node.codeRepository());
        if (repository != null) {
            op.addProperty(SCHEMA.codeRepository, m.createResource(absolute(where + ", code.repository", repository)));
        }
        add(op, PED.codeRevision, optional(where + ", field code", "revision", node.codeRevision()));
        List<OperationDraft.UsedDataset> datasets = node.datasets();
        for (int i = 0; i < datasets.size(); i++) {
            dataset(m, op, where + ", datasets[" + (i + 1) + "]", datasets.get(i));
        }
        return op;
    }

    private void dataset(Model m, Resource op, String where, OperationDraft.UsedDataset node) {
        String datasetText = required(where, "dataset", node.dataset());
        Resource ds = m.createResource(datasetIri(where + ", field dataset", datasetText))
                .addProperty(RDF.type, SCHEMA.Dataset).addProperty(RDF.type, PROV.Entity);
        if (InstanceIris.isHfId(datasetText)) {
            ds.addProperty(PED.hfId, datasetText);
        }
        add(ds, SCHEMA.name, optional(where, "name", node.name()));
        add(ds, SCHEMA.version, optional(where, "revision", node.revision()));
        add(ds, SCHEMA.sha256, optional(where, "sha256", node.sha256()));
        String url = optional(where, "url", node.url());
        if (url != null) {
            ds.addProperty(SCHEMA.url, m.createResource(absolute(where + ", field url", url)));
        }
        op.addProperty(PROV.used, ds);
        String roleSlug = optional(where, "role", node.role());
        if (roleSlug != null) {
            String role = knowledge.roleIri(roleSlug).orElseThrow(() -> new InputProblem(where + ", field role: '" + roleSlug
                    + "' is not a dataset role — use one of " + String.join(", ", knowledge.slugs("DatasetRoles", PED.ROLE_NS)) + "."));
            op.addProperty(PROV.qualifiedUsage, m.createResource().addProperty(RDF.type, PROV.Usage)
                    .addProperty(PROV.entity, ds).addProperty(PROV.hadRole, m.createResource(role)));
        }
    }

    private Resource agent(Model m, String where, RecordDraft.Agent node) {
        String id = RecordValues.agentId(where, required(where, "id", node.id()));
        String name = optional(where, "name", node.name());
        String url = optional(where, "url", node.url());
        Resource agent = m.createResource(iris.agent(id)).addProperty(RDF.type, PROV.Agent);
        switch (node.type() == null ? RecordDraft.Agent.Type.ORGANIZATION : node.type()) {
            case ORGANIZATION -> agent.addProperty(RDF.type, SCHEMA.Organization);
            case PERSON -> agent.addProperty(RDF.type, SCHEMA.Person);
            case SOFTWARE -> agent.addProperty(RDF.type, PROV.SoftwareAgent);
        }
        add(agent, SCHEMA.name, name);
        if (url != null) {
            agent.addProperty(SCHEMA.url, m.createResource(absolute(where + ", field url", url)));
        }
        return agent;
    }

    /** Adds a text value, if there is one. */
    private static void add(Resource subject, Property property, String value) {
        if (value != null) {
            subject.addProperty(property, value);
        }
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
}
