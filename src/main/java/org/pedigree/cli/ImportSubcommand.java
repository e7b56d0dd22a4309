package org.pedigree.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.lineage.Catalogue;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every {@code import} subcommand shares: its options and one {@link ImportRun}. A subcommand
 * says which files of a directory it reads and how it converts them.
 */
abstract class ImportSubcommand implements Callable<Integer> {
    @Mixin
    ImportOptions options;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    ImportSubcommand(CliContext context) {
        this.context = context;
    }

    /** The file-name endings read from directories ({@code .json}, {@code readme.md} …), lower case. */
    abstract List<String> endings();

    abstract ImportBatch convert(LocalStore store, List<RecordSource> sources);

    @Override
    public Integer call() {
        options.report();
        DataConfig config = DataConfig.resolve(data, context.env());
        return new ImportRun(options, config, spec.commandLine().getOut(), spec.commandLine().getErr(), context.terminal())
                .run(this::wanted, String.join(" or ", endings()) + " files", this::convert);
    }

    /** The Hub ids of the models the store already holds, so an import keeps their spelling. */
    static List<String> storedIds(LocalStore store) {
        return new Catalogue(store.store, store.iris.recordNamespace()).modelHfIds(store.iris);
    }

    private boolean wanted(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return endings().stream().anyMatch(name::endsWith);
    }
}
