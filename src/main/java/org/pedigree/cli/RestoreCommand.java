package org.pedigree.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pedigree.store.StoreInUseException;
import org.pedigree.store.StoreRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree restore BACKUP}: replaces the store in --data with a backup, only once the backup is checked and loaded. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {
            "Replace the store in --data with a backup written by `pedigree backup`. The checksum in BACKUP.sha256 is checked",
            "first; the backup is loaded into a new directory beside the store and swapped in only when complete, so a failed",
            "restore leaves the store as it was. Stop a server that holds the store first. The write tokens are kept."})
final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "BACKUP", description = "The backup file (gzip N-Quads with BACKUP.sha256 beside it).")
    Path backup;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    RestoreCommand(CliContext context) {
        this.env = context.env();
    }

    @Override
    public Integer call() {
        DataConfig config = DataConfig.resolve(data, env);
        if (config.remote()) {
            throw new ConfigException("restore works on --data, not on a running server: stop the server, restore into its --data, "
                    + "then start it again");
        }
        try {
            StoreRestore.Restored restored = StoreRestore.restore(backup.toAbsolutePath(), config.dataDir());
            spec.commandLine().getErr().printf("Restored %d quads from %s into %s (%.1f s)%n", restored.quads(), backup,
                    restored.dataDir(), restored.took().toMillis() / 1000.0);
            return 0;
        } catch (StoreInUseException e) {
            throw new ConfigException(e.getMessage() + " (restore replaces the whole store: stop the server that holds it, restore, "
                    + "then start it again)");
        }
    }
}
