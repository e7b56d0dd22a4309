package org.pedigree.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.pedigree.store.Compaction;
import org.pedigree.store.StoreInUseException;
import org.pedigree.store.Tdb2LineageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree compact}: reclaims the space TDB2 keeps from old write transactions, on --data or on a running server. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {
            "Compact the store: copy the live data into a new generation and delete the old one, reclaiming the space every",
            "write transaction leaves behind. Offline on --data, or online with --server URL and an admin token (reads go on;",
            "writes wait for the switch). `serve --compact-threshold` does it automatically."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    CompactCommand(CliContext context) {
        this.env = context.env();
    }

    @Override
    public Integer call() {
        DataConfig config = DataConfig.resolve(data, env);
        if (config.remote()) {
            spec.commandLine().getErr().println("Compacted the store of " + config.server() + ": " + new AdminClient(config).compact());
            return 0;
        }
        try (Tdb2LineageStore store = Tdb2LineageStore.open(config.existingStore("compact"))) {
            Compaction done = store.compact();
            spec.commandLine().getErr().println("Compacted the store in " + config.dataDir() + ": " + done.describe());
            return 0;
        } catch (StoreInUseException e) {
            throw new ConfigException(e.getMessage() + " (a running server holds it? compact it online: --server URL --token ADMIN_TOKEN)");
        }
    }
}
