package org.pedigree.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.pedigree.ingest.imports.SpdxImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree import spdx}: SPDX 3.0.1 documents with the AI and Dataset profiles. */
@Command(name = "spdx", mixinStandardHelpOptions = true,
        description = {"Import SPDX 3.0.1 JSON-LD documents (AI and Dataset profiles): AIPackages as models, DatasetPackages",
            "as datasets, descendantOf/ancestorOf/hasVariant as derivations, trainedOn/pretrainedOn/finetunedOn/testedOn/",
            "evaluatedOn as datasets with their roles. The @context must be the SPDX 3.0.1 context URL (never fetched).",
            "A directory is searched for .json and .jsonld files."})
final class ImportSpdxCommand implements Callable<Integer> {
    @Mixin
    ImportOptions options;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    ImportSpdxCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        options.report();
        DataConfig config = DataConfig.resolve(data, context.env());
        return new ImportRun(options, config, spec.commandLine().getOut(), spec.commandLine().getErr(), context.terminal())
                .run(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(json|jsonld)$"), ".json or .jsonld files",
                        (store, sources) -> new SpdxImporter(store.iris, store.knowledge, store.readers).documents(sources));
    }
}
