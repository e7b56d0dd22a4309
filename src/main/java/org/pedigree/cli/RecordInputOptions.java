package org.pedigree.cli;

import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and report options `load` and `validate` share (picocli mixin). */
final class RecordInputOptions {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Record files, directories, or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "EXT",
            description = "Format of the input when the file name does not say (ttl, trig, nt, nq, jsonld, rdf, yaml, json).")
    String format;

    @Option(names = "--report-format", paramLabel = "words|turtle|json", defaultValue = "words",
            description = "How to print the validation report (default words).")
    String reportFormat;

    @Option(names = "--verbose", description = "List every finding in the words report (by default, more than "
            + ReportPrinter.LISTED_UP_TO + " are summarised by kind, with counts and " + ReportPrinter.EXAMPLES + " examples each).")
    boolean verbose;

    ReportPrinter.Format report() {
        return report(reportFormat);
    }

    /** The report format named by a {@code --report-format} value. */
    static ReportPrinter.Format report(String reportFormat) {
        return switch (reportFormat.toLowerCase(Locale.ROOT)) {
            case "words", "text" -> ReportPrinter.Format.WORDS;
            case "json" -> ReportPrinter.Format.JSON;
            case "turtle", "ttl" -> ReportPrinter.Format.TURTLE;
            default -> throw new ConfigException("--report-format = '" + reportFormat + "' is not a report format: use words, turtle or json");
        };
    }
}
