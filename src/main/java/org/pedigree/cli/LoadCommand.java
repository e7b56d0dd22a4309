package org.pedigree.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.pedigree.ingest.RecordFiles;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.WriteOutcome;
import org.pedigree.ingest.WriteProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree load}: validate and store lineage records, all or nothing (or {@code --partial}). */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validate lineage records with the shapes and store them: RDF in any Jena syntax (.ttl .trig .nt .nq",
            ".jsonld .rdf) or the Pedigree record format (.yaml .json, see docs/records.md). Directories are read",
            "recursively; - reads standard input (with --format). All or nothing: if one record is refused,",
            "nothing is stored. A record that exists gets a new version when its content changed."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    RecordInputOptions input;

    @Option(names = "--partial", description = "Store the records that pass and report the others (exit 1 if any is refused).")
    boolean partial;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    LoadCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ReportPrinter.Format report = input.report();
        DataConfig config = DataConfig.resolve(data, context.env());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = context.terminal();
        Inputs inputs = Inputs.of(input.inputs, input.format, context.stdin());
        if (config.remote()) {
            return new RemoteLoad(config, out, err).load(inputs.sources(), partial);
        }
        try (LocalStore local = LocalStore.open(config)) {
            RecordFiles records = inputs.batch(local.pedigree.readers());
            err.println("Validating and storing the records of " + records.sources() + " source(s) in one transaction…");
            err.flush();
            WriteOutcome outcome = local.pedigree.writer().write(records, WriteMode.UPSERT, partial,
                    "cli:" + System.getProperty("user.name", "unknown"), phases(err, terminal));
            if (outcome.committed()) {
                local.pedigree.rememberBaseUri();
            }
            ReportPrinter.print(outcome, report, input.verbose, outcome.committed(), out);
            return outcome.refusedIds().isEmpty() ? 0 : Main.USER_ERROR;
        }
    }

    /** Progress of the write, one bar (or line series) per phase. */
    static WriteProgress phases(PrintWriter err, boolean terminal) {
        return new WriteProgress() {
            private String phase;
            private Progress progress;
            private int last;

            @Override
            public void update(String name, int done, int total) {
                if (!name.equals(phase)) {
                    if (progress != null) {
                        progress.finish();
                    }
                    phase = name;
                    progress = new Progress(err, terminal, "records " + name, total);
                    last = 0;
                }
                progress.step(done - last);
                last = done;
                if (done == total) {
                    progress.finish();
                }
            }
        };
    }
}
