package org.pedigree.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One record of the Pedigree record format (docs/records.md) before it is mapped to RDF: what a
 * record file says, and what an importer builds from another format, with a typed method for each
 * field. {@link RecordReaders#fromDraft} maps it with the checks of a record file — ids, IRIs,
 * licences, derivation kinds, dataset roles and dates are checked there, and every value is
 * stripped, a blank one refused. Start with {@link #model} or {@link #dataset}; a setter given null
 * leaves its field out.
 */
public final class RecordDraft {
    /** A base model and the kind of the derivation from it (a derivation-kind slug: finetune, lora, gguf …). */
    public record Base(String model, String relation) {}

    /**
     * An agent: its id (letters, digits, '.', '_', '-'), its name and web page (may be null), and what it is.
     */
    public record Agent(String id, String name, Type type, String url) {
        /** What an agent is (Schema.org Organization or Person, PROV SoftwareAgent). */
        public enum Type { ORGANIZATION, PERSON, SOFTWARE }

        public static Agent organization(String id, String name) {
            return new Agent(id, name, Type.ORGANIZATION, null);
        }

        public static Agent person(String id, String name) {
            return new Agent(id, name, Type.PERSON, null);
        }
    }

    private final boolean dataset;
    private final String thing;
    private String id;
    private String name;
    private String description;
    private String version;
    private String url;
    private String licence;
    private String licenceField = "licence";
    private Agent attributedTo;
    private boolean root;
    private String revisionOf;
    private final List<Base> bases = new ArrayList<>();
    private OperationDraft operation;

    private RecordDraft(boolean dataset, String thing) {
        this.dataset = dataset;
        this.thing = thing;
    }

    /** A record of a model: a Hub id {@code OWNER/NAME} or an absolute IRI. */
    public static RecordDraft model(String model) {
        return new RecordDraft(false, model);
    }

    /** A record of a dataset: a Hub id {@code OWNER/NAME} or an absolute IRI. */
    public static RecordDraft dataset(String dataset) {
        return new RecordDraft(true, dataset);
    }

    /** The record id; by default derived from a model or dataset named by Hub id. */
    public RecordDraft id(String id) {
        this.id = id;
        return this;
    }

    public RecordDraft name(String name) {
        this.name = name;
        return this;
    }

    public RecordDraft description(String description) {
        this.description = description;
        return this;
    }

    public RecordDraft version(String version) {
        this.version = version;
        return this;
    }

    /** Its web page, an absolute http(s) IRI. */
    public RecordDraft url(String url) {
        this.url = url;
        return this;
    }

    /** A Hugging Face or SPDX licence id Pedigree knows, a licence IRI, or noassertion. */
    public RecordDraft licence(String licence) {
        return licence(licence, "licence");
    }

    /** The licence as a record file spelled its field ({@code licence} or {@code license}), for messages. */
    RecordDraft licence(String licence, String field) {
        this.licence = licence;
        this.licenceField = field;
        return this;
    }

    public RecordDraft attributedTo(Agent agent) {
        this.attributedTo = agent;
        return this;
    }

    /** A model pre-trained from scratch: it has no bases, and its operation is a pre-training by default. */
    public RecordDraft root() {
        this.root = true;
        return this;
    }

    /** The model this one is a revision of ({@code prov:wasRevisionOf}). */
    public RecordDraft revisionOf(String model) {
        this.revisionOf = model;
        return this;
    }

    /** A model this one was derived from, in the order given. */
    public RecordDraft base(String model, String relation) {
        bases.add(new Base(model, relation));
        return this;
    }

    /** The operation that generated the model. */
    public RecordDraft operation(OperationDraft operation) {
        this.operation = operation;
        return this;
    }

    boolean isDataset() {
        return dataset;
    }

    String thing() {
        return thing;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    String version() {
        return version;
    }

    String url() {
        return url;
    }

    String licence() {
        return licence;
    }

    String licenceField() {
        return licenceField;
    }

    Agent attributedTo() {
        return attributedTo;
    }

    boolean isRoot() {
        return root;
    }

    String revisionOf() {
        return revisionOf;
    }

    List<Base> bases() {
        return bases;
    }

    OperationDraft operation() {
        return operation;
    }
}
