package org.pedigree.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The operation of a {@link RecordDraft} (the {@code prov:Activity} that generated the model):
 * its kind, agent, times, hyper-parameters, code and the datasets it used, each with its role.
 * A setter given null leaves its field out.
 */
public final class OperationDraft {
    /** A dataset the operation used: a Hub id {@code OWNER/NAME} or an absolute IRI, with what is known of it. */
    public static final class UsedDataset {
        private final String dataset;
        private String role;
        private String name;
        private String revision;
        private String sha256;
        private String url;

        public UsedDataset(String dataset) {
            this.dataset = dataset;
        }

        /** A dataset-role slug: pretraining, finetuning, preference, validation, test, evaluation. */
        public UsedDataset role(String role) {
            this.role = role;
            return this;
        }

        public UsedDataset name(String name) {
            this.name = name;
            return this;
        }

        /** The dataset's revision used (its {@code schema:version}). */
        public UsedDataset revision(String revision) {
            this.revision = revision;
            return this;
        }

        public UsedDataset sha256(String sha256) {
            this.sha256 = sha256;
            return this;
        }

        /** An absolute http(s) IRI where it is found. */
        public UsedDataset url(String url) {
            this.url = url;
            return this;
        }

        String dataset() {
            return dataset;
        }

        String role() {
            return role;
        }

        String name() {
            return name;
        }

        String revision() {
            return revision;
        }

        String sha256() {
            return sha256;
        }

        String url() {
            return url;
        }
    }

    private String id;
    private String name;
    private String kind;
    private RecordDraft.Agent agent;
    private String started;
    private String ended;
    private final Map<String, Literal> hyperparameters = new LinkedHashMap<>();
    private String codeRepository;
    private String codeRevision;
    private final List<UsedDataset> datasets = new ArrayList<>();

    /** The operation's id; by default {@code RECORD-ID--KIND}. */
    public OperationDraft id(String id) {
        this.id = id;
        return this;
    }

    public OperationDraft name(String name) {
        this.name = name;
        return this;
    }

    /** A derivation-kind slug, or pretraining (the default for a root model). */
    public OperationDraft kind(String kind) {
        this.kind = kind;
        return this;
    }

    public OperationDraft agent(RecordDraft.Agent agent) {
        this.agent = agent;
        return this;
    }

    /** When it started: ISO 8601 with a time and zone (2026-03-02T08:00:00Z). */
    public OperationDraft started(String started) {
        this.started = started;
        return this;
    }

    /** When it ended: ISO 8601 with a time and zone. */
    public OperationDraft ended(String ended) {
        this.ended = ended;
        return this;
    }

    /** A hyper-parameter with a text value (kept as given, not stripped). */
    public OperationDraft hyperparameter(String name, String value) {
        return hyperparameter(name, ResourceFactory.createPlainLiteral(value));
    }

    /** A hyper-parameter with a typed value (a record file's numbers and booleans). */
    OperationDraft hyperparameter(String name, Literal value) {
        hyperparameters.put(name, value);
        return this;
    }

    /** The training code: an absolute http(s) repository IRI and a revision (either may be null). */
    public OperationDraft code(String repository, String revision) {
        this.codeRepository = repository;
        this.codeRevision = revision;
        return this;
    }

    /** A dataset it used, in the order given. */
    public OperationDraft dataset(UsedDataset dataset) {
        datasets.add(dataset);
        return this;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String kind() {
        return kind;
    }

    RecordDraft.Agent agent() {
        return agent;
    }

    String started() {
        return started;
    }

    String ended() {
        return ended;
    }

    Map<String, Literal> hyperparameters() {
        return hyperparameters;
    }

    String codeRepository() {
        return codeRepository;
    }

    String codeRevision() {
        return codeRevision;
    }

    List<UsedDataset> datasets() {
        return datasets;
    }
}
