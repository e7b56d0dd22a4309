package org.pedigree.cli;

import java.util.List;

import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.ingest.imports.SpdxImporter;
import picocli.CommandLine.Command;

/** {@code pedigree import spdx}: SPDX 3.0.1 documents with the AI and Dataset profiles. */
@Command(name = "spdx", mixinStandardHelpOptions = true,
        description = {"Import SPDX 3.0.1 JSON-LD documents (AI and Dataset profiles): AIPackages as models, DatasetPackages",
            "as datasets, descendantOf/ancestorOf/hasVariant as derivations, trainedOn/pretrainedOn/finetunedOn/testedOn/",
            "evaluatedOn as datasets with their roles. The @context must be the SPDX 3.0.1 context URL (never fetched).",
            "A directory is searched for .json and .jsonld files."})
final class ImportSpdxCommand extends ImportSubcommand {
    ImportSpdxCommand(CliContext context) {
        super(context);
    }

    @Override
    List<String> endings() {
        return List.of(".json", ".jsonld");
    }

    @Override
    ImportBatch convert(LocalStore store, List<RecordSource> sources) {
        return new SpdxImporter(store.iris, store.knowledge, store.readers).documents(sources);
    }
}
