package org.pedigree.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pedigree.store.BackupFile;
import org.pedigree.store.Sizes;
import org.pedigree.store.StoreInUseException;
import org.pedigree.store.Tdb2LineageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree backup}: a consistent gzip N-Quads copy of the whole store with its SHA-256, from --data or a running server. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {
            "Back up the whole store (records, history, knowledge, settings) as gzip N-Quads, with its SHA-256 in FILE.sha256.",
            "Consistent: one read transaction. Offline on --data, or online with --server URL and an admin token (reads and",
            "writes go on). Restore it with `pedigree restore FILE`."})
final class BackupCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default pedigree-backup-DATE.nq.gz here).")
    String out;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    BackupCommand(CliContext context) {
        this.env = context.env();
    }

    @Override
    public Integer call() throws IOException {
        DataConfig config = DataConfig.resolve(data, env);
        Path target = Path.of(out != null ? out : "pedigree-backup-" + STAMP.format(Instant.now()) + ".nq.gz").toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ConfigException("--out " + target + " is a directory: give a file name such as " + target.resolve("pedigree.nq.gz"));
        }
        long start = System.nanoTime();
        BackupFile.Written written = config.remote() ? new AdminClient(config).backup(target) : offline(config, target);
        spec.commandLine().getErr().printf("Backed up the store to %s (%s, %.1f s); its SHA-256 is in %s%n", written.file(),
                Sizes.format(written.bytes()), (System.nanoTime() - start) / 1e9, written.checksumFile().getFileName());
        return 0;
    }

    private static BackupFile.Written offline(DataConfig config, Path target) throws IOException {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(config.existingStore("back up"))) {
            return BackupFile.write(target, BackupFile.nquadsOf(store));
        } catch (StoreInUseException e) {
            throw new ConfigException(e.getMessage() + " (a running server holds it? back it up online: --server URL --token ADMIN_TOKEN)");
        }
    }
}
