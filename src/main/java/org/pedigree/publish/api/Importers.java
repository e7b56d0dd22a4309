package org.pedigree.publish.api;

import java.util.List;

import io.javalin.http.BadRequestResponse;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.ingest.imports.ImportFormat;
import org.pedigree.ingest.imports.Importer;
import org.pedigree.lineage.Catalogue;
import org.pedigree.model.InstanceIris;

/** The importers of {@code POST /api/import/{format}}, by the names of {@link ImportFormat}. */
public final class Importers {
    private final InstanceIris iris;
    private final Knowledge knowledge;
    private final RecordReaders readers;
    private final Catalogue catalogue;

    public Importers(InstanceIris iris, Knowledge knowledge, RecordReaders readers, Catalogue catalogue) {
        this.iris = iris;
        this.knowledge = knowledge;
        this.readers = readers;
        this.catalogue = catalogue;
    }

    /** Converts one document; {@code id} names the model of a card ({@code hf} only). */
    ImportBatch convert(String name, RecordSource source, String id) {
        ImportFormat format = ImportFormat.of(name).orElseThrow(() -> new BadRequestResponse("'" + name
                + "' is not an import format: use one of " + String.join(", ", ImportFormat.ids()) + "."));
        // A request body has no folder OWNER__NAME to take the model id from, as a card file has.
        if (format.takesModelId() && id == null) {
            throw new BadRequestResponse("A model card does not say which model it describes: add ?id=OWNER/NAME.");
        }
        Importer.Options options = new Importer.Options(id, () -> catalogue.modelHfIds(iris));
        return format.importer(iris, knowledge, readers, options).convert(List.of(source));
    }
}
