package org.pedigree.cli;

import java.util.List;

import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.imports.CroissantImporter;
import org.pedigree.ingest.imports.ImportBatch;
import picocli.CommandLine.Command;

/** {@code pedigree import croissant}: Croissant dataset descriptions. */
@Command(name = "croissant", mixinStandardHelpOptions = true,
        description = {"Import Croissant JSON-LD dataset descriptions (1.0, 1.1) as dataset records: name, description, version,",
            "licence, creator and prov:wasDerivedFrom. The context must be inline (never fetched). A directory is searched",
            "for .json and .jsonld files."})
final class ImportCroissantCommand extends ImportSubcommand {
    ImportCroissantCommand(CliContext context) {
        super(context);
    }

    @Override
    List<String> endings() {
        return List.of(".json", ".jsonld");
    }

    @Override
    ImportBatch convert(LocalStore store, List<RecordSource> sources) {
        return new CroissantImporter(store.iris, store.knowledge, store.readers).datasets(sources);
    }
}
