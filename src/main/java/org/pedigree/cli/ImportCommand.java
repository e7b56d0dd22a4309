package org.pedigree.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree import}: the importers of lineage metadata in other formats, one subcommand each. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Convert lineage metadata of another format to Pedigree records, validate them with the shapes",
            "and store them (or, with --out, only convert them)."},
        subcommands = {ImportHfCommand.class, ImportHfApiCommand.class, ImportSpdxCommand.class, ImportCycloneDxCommand.class, ImportCroissantCommand.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
