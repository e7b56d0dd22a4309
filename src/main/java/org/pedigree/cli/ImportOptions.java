package org.pedigree.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and options every {@code import} subcommand shares (picocli mixin). */
final class ImportOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, or directories read recursively.")
    List<Path> paths;

    @Option(names = "--partial", description = "Store the records that convert and pass, and report the others (exit 1 if any is refused).")
    boolean partial;

    @Option(names = "--out", paramLabel = "FILE", description = "Only convert: write the records as TriG (one named graph per record) to FILE.")
    Path out;

    @Option(names = "--report-format", paramLabel = "words|turtle|json", defaultValue = "words",
            description = "How to print the validation report (default words).")
    String reportFormat;

    @Option(names = "--verbose", description = "List every finding in the words report (by default, more than "
            + ReportPrinter.LISTED_UP_TO + " are summarised by kind, with counts and " + ReportPrinter.EXAMPLES + " examples each).")
    boolean verbose;

    ReportPrinter.Format report() {
        return RecordInputOptions.report(reportFormat);
    }
}
