package org.pedigree.publish;

import java.util.List;

import io.javalin.http.BadRequestResponse;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.imports.CroissantImporter;
import org.pedigree.ingest.imports.CycloneDxImporter;
import org.pedigree.ingest.imports.HfImporter;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.ingest.imports.SpdxImporter;
import org.pedigree.lineage.Catalogue;
import org.pedigree.model.InstanceIris;

/** The importers of {@code POST /api/import/{format}}, by the format names of {@code pedigree import}. */
final class Importers {
    static final List<String> FORMATS = List.of("hf", "hf-api", "spdx", "cyclonedx", "croissant");

    private final InstanceIris iris;
    private final Knowledge knowledge;
    private final RecordReaders readers;
    private final Catalogue catalogue;

    Importers(InstanceIris iris, Knowledge knowledge, RecordReaders readers, Catalogue catalogue) {
        this.iris = iris;
        this.knowledge = knowledge;
        this.readers = readers;
        this.catalogue = catalogue;
    }

    /** Converts one document; {@code id} names the model of a card ({@code hf} only). */
    ImportBatch convert(String format, RecordSource source, String id) {
        return switch (format) {
            case "hf" -> {
                if (id == null) {
                    throw new BadRequestResponse("A model card does not say which model it describes: add ?id=OWNER/NAME.");
                }
                yield hf().cards(List.of(source), id);
            }
            case "hf-api" -> hf().modelInfo(List.of(source));
            case "spdx" -> new SpdxImporter(iris, knowledge, readers).documents(List.of(source));
            case "cyclonedx" -> new CycloneDxImporter(iris, knowledge, readers).boms(List.of(source));
            case "croissant" -> new CroissantImporter(iris, knowledge, readers).datasets(List.of(source));
            default -> throw new BadRequestResponse("'" + format + "' is not an import format: use one of " + String.join(", ", FORMATS) + ".");
        };
    }

    private HfImporter hf() {
        return new HfImporter(iris, knowledge, readers).knowing(catalogue.modelHfIds(iris));
    }
}
