package org.pedigree.cli;

import java.util.List;

import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.imports.HfImporter;
import org.pedigree.ingest.imports.ImportBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pedigree import hf}: Hugging Face model cards. */
@Command(name = "hf", mixinStandardHelpOptions = true,
        description = {"Import Hugging Face model cards (README.md with YAML front matter): base_model, base_model_relation",
            "(else inferred as the Hub does), datasets, license, pipeline_tag, library_name, language, new_version,",
            "model-index and co2_eq_emissions. A directory is searched for README.md files; the model id is the folder",
            "holding each card (OWNER__NAME, as in a mirror of the Hub) or --id. See docs/import-hf.md."})
final class ImportHfCommand extends ImportSubcommand {
    @Option(names = "--id", paramLabel = "OWNER/NAME", description = "The model the one card given describes.")
    String id;

    ImportHfCommand(CliContext context) {
        super(context);
    }

    @Override
    List<String> endings() {
        return List.of("readme.md");
    }

    @Override
    ImportBatch convert(LocalStore store, List<RecordSource> sources) {
        return new HfImporter(store.iris, store.knowledge, store.readers).knowing(storedIds(store)).cards(sources, id);
    }
}
