package org.pedigree.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;

import org.pedigree.ingest.WriteOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree validate}: the checks of {@code load}, storing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate lineage records with the shapes and store nothing. When --data holds a store (not",
            "held by a server) the records are checked together with it, so cycles across records are seen."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    RecordInputOptions input;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ReportPrinter.Format report = input.report();
        DataConfig config = DataConfig.resolve(data, context.env());
        PrintWriter out = spec.commandLine().getOut();
        Inputs inputs = Inputs.of(input.inputs, input.format, context.stdin());
        boolean hasStore = Files.isDirectory(config.dataDir()) && Files.exists(config.dataDir().resolve("tdb.lock"));
        try (LocalStore local = hasStore ? LocalStore.open(config) : LocalStore.inMemory(config.baseUri())) {
            WriteOutcome outcome = local.pedigree.writer().check(inputs.batch(local.pedigree.readers()));
            ReportPrinter.print(outcome, report, input.verbose, false, out);
            return outcome.refusedIds().isEmpty() ? 0 : Main.USER_ERROR;
        }
    }
}
