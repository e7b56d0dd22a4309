package org.pedigree.ingest.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.model.InstanceIris;

/**
 * The formats Pedigree imports, by the name {@code pedigree import FORMAT} and
 * {@code POST /api/import/{format}} give them: what each reads (the lines of its help), the file
 * endings read from a directory, the media types its documents are sent as, and how its
 * {@link Importer} is made. The CLI's subcommands and the HTTP route are derived from this list,
 * and a test holds the OpenAPI document to it: a new format is one constant here and its importer.
 */
public enum ImportFormat {
    HF("hf", List.of("readme.md"), List.of("text/markdown"), true, HfImporter::cards, """
            Import Hugging Face model cards (README.md with YAML front matter): base_model, base_model_relation
            (else inferred as the Hub does), datasets, license, pipeline_tag, library_name, language, new_version,
            model-index and co2_eq_emissions. A directory is searched for README.md files; the model id is the folder
            holding each card (OWNER__NAME, as in a mirror of the Hub) or --id. See docs/import-hf.md."""),
    HF_API("hf-api", List.of(".json"), List.of("application/json"), false, HfImporter::modelInfo, """
            Import the Hub's model-info JSON (GET /api/models/OWNER/NAME, or its Python client's model_info):
            the Hub's tags base_model:<relation>:<id> decide the relation, sha pins the revision, the file names and
            tags are evidence, cardData gives the card's fields. A directory is searched for .json files."""),
    SPDX("spdx", List.of(".json", ".jsonld"), List.of("application/json", "application/ld+json"), false,
            (iris, knowledge, readers, options) -> new SpdxImporter(iris, knowledge, readers), """
            Import SPDX 3.0.1 JSON-LD documents (AI and Dataset profiles): AIPackages as models, DatasetPackages
            as datasets, descendantOf/ancestorOf/hasVariant as derivations, trainedOn/pretrainedOn/finetunedOn/testedOn/
            evaluatedOn as datasets with their roles. The @context must be the SPDX 3.0.1 context URL (never fetched).
            A directory is searched for .json and .jsonld files."""),
    CYCLONEDX("cyclonedx", List.of(".json"), List.of("application/json"), false,
            (iris, knowledge, readers, options) -> new CycloneDxImporter(iris, knowledge, readers), """
            Import CycloneDX ML-BOMs (JSON, 1.5 to 1.7): machine-learning-model components as models (named by
            purl pkg:huggingface/… or group/name), data components as datasets, pedigree.ancestors as sources,
            modelCard.modelParameters.datasets as the datasets of the operation. A directory is searched for .json files."""),
    CROISSANT("croissant", List.of(".json", ".jsonld"), List.of("application/json", "application/ld+json"), false,
            (iris, knowledge, readers, options) -> new CroissantImporter(iris, knowledge, readers), """
            Import Croissant JSON-LD dataset descriptions (1.0, 1.1) as dataset records: name, description, version,
            licence, creator and prov:wasDerivedFrom. The context must be inline (never fetched). A directory is searched
            for .json and .jsonld files.""");

    /** How a format's importer is made from what every import shares. */
    @FunctionalInterface
    interface Factory {
        Importer create(InstanceIris iris, Knowledge knowledge, RecordReaders readers, Importer.Options options);
    }

    private final String id;
    private final List<String> endings;
    private final List<String> mediaTypes;
    private final boolean takesModelId;
    private final Factory factory;
    private final List<String> description;

    ImportFormat(String id, List<String> endings, List<String> mediaTypes, boolean takesModelId, Factory factory, String description) {
        this.id = id;
        this.endings = endings;
        this.mediaTypes = mediaTypes;
        this.takesModelId = takesModelId;
        this.factory = factory;
        this.description = description.lines().toList();
    }

    /** The name of the format, as the CLI and the HTTP route spell it. */
    public String id() {
        return id;
    }

    /** What the format's documents hold and how they are read, as lines of the CLI's help (the first is its summary). */
    public List<String> description() {
        return description;
    }

    /** The file-name endings read from a directory ({@code .json}, {@code readme.md} …), lower case. */
    public List<String> endings() {
        return endings;
    }

    /** Whether a directory walk reads the file of this name (endings compared without case). */
    public boolean reads(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(name::endsWith);
    }

    /** The media types its documents are sent as (what {@code POST /api/import/{format}} documents). */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /**
     * Whether one document may be given the id of the model it describes ({@code --id},
     * {@code ?id=}): its documents do not always name their model.
     */
    public boolean takesModelId() {
        return takesModelId;
    }

    /** The importer of this format. */
    public Importer importer(InstanceIris iris, Knowledge knowledge, RecordReaders readers, Importer.Options options) {
        return factory.create(iris, knowledge, readers, options);
    }

    /** The names of every format, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ImportFormat::id).toList();
    }

    /** The format of this name, spelled exactly as {@link #id()}. */
    public static Optional<ImportFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
