package org.pedigree.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.pedigree.ingest.imports.HfImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree import hf-api}: the Hugging Face Hub's model-info answers. */
@Command(name = "hf-api", mixinStandardHelpOptions = true,
        description = {"Import the Hub's model-info JSON (GET /api/models/OWNER/NAME, or its Python client's model_info):",
            "the Hub's tags base_model:<relation>:<id> decide the relation, sha pins the revision, the file names and",
            "tags are evidence, cardData gives the card's fields. A directory is searched for .json files."})
final class ImportHfApiCommand implements Callable<Integer> {
    @Mixin
    ImportOptions options;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    ImportHfApiCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        options.report();
        DataConfig config = DataConfig.resolve(data, context.env());
        return new ImportRun(options, config, spec.commandLine().getOut(), spec.commandLine().getErr(), context.terminal())
                .run(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"), ".json files",
                        (store, sources) -> new HfImporter(store.iris, store.knowledge, store.readers).modelInfo(sources));
    }
}
