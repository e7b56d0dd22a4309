package org.pedigree.cli;

import java.util.List;

import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.imports.CycloneDxImporter;
import org.pedigree.ingest.imports.ImportBatch;
import picocli.CommandLine.Command;

/** {@code pedigree import cyclonedx}: CycloneDX ML-BOMs. */
@Command(name = "cyclonedx", mixinStandardHelpOptions = true,
        description = {"Import CycloneDX ML-BOMs (JSON, 1.5 to 1.7): machine-learning-model components as models (named by",
            "purl pkg:huggingface/… or group/name), data components as datasets, pedigree.ancestors as sources,",
            "modelCard.modelParameters.datasets as the datasets of the operation. A directory is searched for .json files."})
final class ImportCycloneDxCommand extends ImportSubcommand {
    ImportCycloneDxCommand(CliContext context) {
        super(context);
    }

    @Override
    List<String> endings() {
        return List.of(".json");
    }

    @Override
    ImportBatch convert(LocalStore store, List<RecordSource> sources) {
        return new CycloneDxImporter(store.iris, store.knowledge, store.readers).boms(sources);
    }
}
