package org.pedigree.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.ingest.imports.ImportFormat;
import org.pedigree.ingest.imports.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code pedigree import FORMAT}: one subcommand per {@link ImportFormat}, made by {@link #of}. Its
 * name, help text and the files it reads from a directory come from the format; every format shares
 * the options and one {@link ImportRun}, and a format that {@link ImportFormat#takesModelId() takes a
 * model id} gets {@code --id}.
 */
@Command(mixinStandardHelpOptions = true)
final class ImportSubcommand implements Callable<Integer> {
    private static final String ID = "--id";

    @Mixin
    ImportOptions options;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final ImportFormat format;
    private final CliContext context;

    private ImportSubcommand(ImportFormat format, CliContext context) {
        this.format = format;
        this.context = context;
    }

    /** The subcommand of {@code format}. */
    static CommandLine of(ImportFormat format, CliContext context) {
        CommandSpec spec = CommandSpec.forAnnotatedObject(new ImportSubcommand(format, context));
        spec.name(format.id());
        spec.usageMessage().description(format.description().toArray(String[]::new));
        if (format.takesModelId()) {
            spec.addOption(OptionSpec.builder(ID).paramLabel("OWNER/NAME").type(String.class)
                    .description("The model the one card given describes.").build());
        }
        return new CommandLine(spec);
    }

    @Override
    public Integer call() {
        options.report();
        DataConfig config = DataConfig.resolve(data, context.env());
        return new ImportRun(options, config, spec.commandLine().getOut(), spec.commandLine().getErr(), context.terminal())
                .run(this::wanted, String.join(" or ", format.endings()) + " files", this::convert);
    }

    private ImportBatch convert(LocalStore store, List<RecordSource> sources) {
        String id = format.takesModelId() ? spec.findOption(ID).getValue() : null;
        Importer.Options given = new Importer.Options(id, store.pedigree::storedHfIds);
        return store.pedigree.importer(format, given).convert(sources);
    }

    private boolean wanted(Path file) {
        return format.reads(file.getFileName().toString());
    }
}
