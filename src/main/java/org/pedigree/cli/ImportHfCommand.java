package org.pedigree.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.pedigree.ingest.imports.HfImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree import hf}: Hugging Face model cards. */
@Command(name = "hf", mixinStandardHelpOptions = true,
        description = {"Import Hugging Face model cards (README.md with YAML front matter): base_model, base_model_relation",
            "(else inferred as the Hub does), datasets, license, pipeline_tag, library_name, language, new_version,",
            "model-index and co2_eq_emissions. A directory is searched for README.md files; the model id is the folder",
            "holding each card (OWNER__NAME, as in a mirror of the Hub) or --id. See docs/import-hf.md."})
final class ImportHfCommand implements Callable<Integer> {
    @Mixin
    ImportOptions options;

    @Option(names = "--id", paramLabel = "OWNER/NAME", description = "The model the one card given describes.")
    String id;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    ImportHfCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        options.report();
        DataConfig config = DataConfig.resolve(data, context.env());
        return new ImportRun(options, config, spec.commandLine().getOut(), spec.commandLine().getErr(), context.terminal())
                .run(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals("readme.md"), "README.md files",
                        (store, sources) -> new HfImporter(store.iris, store.knowledge, store.readers).cards(sources, id));
    }
}
