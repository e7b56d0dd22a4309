package org.pedigree.cli;

import org.pedigree.ingest.imports.ImportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pedigree import}: the importers of lineage metadata in other formats, one subcommand per
 * {@link ImportFormat} ({@link ImportSubcommand}), added when picocli builds this command.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Convert lineage metadata of another format to Pedigree records, validate them with the shapes",
            "and store them (or, with --out, only convert them)."})
final class ImportCommand implements Runnable {
    private final CliContext context;
    private CommandSpec spec;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        for (ImportFormat format : ImportFormat.values()) {
            spec.addSubcommand(format.id(), ImportSubcommand.of(format, context));
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
