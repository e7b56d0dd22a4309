package org.pedigree.cli;

import java.util.List;

import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.imports.HfImporter;
import org.pedigree.ingest.imports.ImportBatch;
import picocli.CommandLine.Command;

/** {@code pedigree import hf-api}: the Hugging Face Hub's model-info answers. */
@Command(name = "hf-api", mixinStandardHelpOptions = true,
        description = {"Import the Hub's model-info JSON (GET /api/models/OWNER/NAME, or its Python client's model_info):",
            "the Hub's tags base_model:<relation>:<id> decide the relation, sha pins the revision, the file names and",
            "tags are evidence, cardData gives the card's fields. A directory is searched for .json files."})
final class ImportHfApiCommand extends ImportSubcommand {
    ImportHfApiCommand(CliContext context) {
        super(context);
    }

    @Override
    List<String> endings() {
        return List.of(".json");
    }

    @Override
    ImportBatch convert(LocalStore store, List<RecordSource> sources) {
        return new HfImporter(store.iris, store.knowledge, store.readers).knowing(storedIds(store)).modelInfo(sources);
    }
}
