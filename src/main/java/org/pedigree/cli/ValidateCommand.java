package org.pedigree.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.WriteOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree validate}: the checks of {@code load}, storing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate lineage records with the shapes and store nothing. When --data holds a store (not",
            "held by a server) the records are checked together with it, so cycles across records are seen."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Record files, directories, or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "EXT", description = "Format of the input when the file name does not say.")
    String format;

    @Option(names = "--report-format", paramLabel = "words|turtle|json", defaultValue = "words",
            description = "How to print the validation report (default words).")
    String reportFormat;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final InputStream stdin;
    private final boolean terminal;

    ValidateCommand(CliContext context) {
        this.env = context.env();
        this.stdin = context.stdin();
        this.terminal = context.terminal();
    }

    @Override
    public Integer call() {
        ReportPrinter.Format report = LoadCommand.reportFormat(reportFormat);
        DataConfig config = DataConfig.resolve(data, env);
        PrintWriter out = spec.commandLine().getOut();
        List<RecordSource> sources = Inputs.of(inputs, format, stdin);
        boolean hasStore = Files.isDirectory(config.dataDir()) && Files.exists(config.dataDir().resolve("tdb.lock"));
        try (LocalStore local = hasStore ? LocalStore.open(config) : LocalStore.inMemory(config.baseUri())) {
            List<IncomingRecord> records = LoadCommand.read(local.readers, sources, spec.commandLine().getErr(), terminal);
            WriteOutcome outcome = local.writer.check(records);
            ReportPrinter.print(outcome, report, false, out);
            return outcome.refusedIds().isEmpty() ? 0 : Main.USER_ERROR;
        }
    }
}
