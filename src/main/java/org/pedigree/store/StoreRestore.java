package org.pedigree.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.AtlasException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * Restores a {@link BackupFile} into a data directory without ever leaving it half-restored: the
 * checksum is verified first, the quads are loaded into a fresh sibling directory, and only when
 * that is complete is the old store renamed aside and the new one renamed into its place (then the
 * old one is deleted). A store held by a running server is refused, and so is a directory holding
 * files that are not a store. The write tokens ({@code tokens.json}) of the old store are kept.
 */
public final class StoreRestore {
    /** What a restore did: the quads loaded and how long it took. */
    public record Restored(Path dataDir, long quads, Duration took) {}

    private static final String LOCK = "tdb.lock";
    private static final String TOKENS = "tokens.json";

    private StoreRestore() {}

    /**
     * Restores {@code backup} into {@code dataDir}.
     *
     * @throws BackupProblem       when the backup is missing, damaged or unreadable (nothing changed)
     * @throws StoreInUseException when a running process holds the store in {@code dataDir} (nothing changed)
     */
    public static Restored restore(Path backup, Path dataDir) {
        long start = System.nanoTime();
        BackupFile.verify(backup);
        Path target = dataDir.toAbsolutePath().normalize();
        refuseNonStore(target);
        String stamp = target.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.currentTimeMillis();
        Path fresh = target.resolveSibling(".restoring-" + stamp);
        Path aside = target.resolveSibling(".before-restore-" + stamp);
        Tdb2LineageStore held = Files.exists(target.resolve(LOCK)) ? Tdb2LineageStore.open(target) : null;
        try {
            long quads = load(backup, fresh);
            copyTokens(target, fresh);
            if (held != null) {
                held.close();
                held = null;
            }
            swap(target, fresh, aside);
            return new Restored(target, quads, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            StorageDirectory.deleteTree(fresh);
            throw e;
        } finally {
            if (held != null) {
                held.close();
            }
        }
    }

    private static void refuseNonStore(Path target) {
        if (!Files.isDirectory(target) || Files.exists(target.resolve(LOCK))) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new BackupProblem(target + " holds files but no Pedigree store: restore into a new or empty directory, "
                        + "or into an existing store (which is then replaced)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long load(Path backup, Path fresh) {
        try (Tdb2LineageStore store = Tdb2LineageStore.open(fresh);
             InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(backup), 1 << 16), 1 << 16)) {
            store.write(dsg -> RDFParser.source(in).lang(Lang.NQUADS).parse(dsg));
            return store.read(dsg -> {
                long n = 0;
                for (var it = dsg.find(); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            });
        } catch (RiotException e) {
            throw new BackupProblem("the backup " + backup + " is not valid N-Quads (" + e.getMessage() + "); nothing was changed", e);
        } catch (IOException | UncheckedIOException | AtlasException e) {
            throw new BackupProblem("cannot read the backup " + backup + " as gzip N-Quads (" + e.getMessage() + "); nothing was changed", e);
        }
    }

    private static void copyTokens(Path target, Path fresh) {
        Path tokens = target.resolve(TOKENS);
        if (Files.exists(tokens)) {
            try {
                Files.copy(tokens, fresh.resolve(TOKENS), StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the write tokens of " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** Old store aside, new one in; if the second rename fails the old store goes back. */
    private static void swap(Path target, Path fresh, Path aside) {
        try {
            boolean hadStore = Files.exists(target);
            if (hadStore) {
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (hadStore) {
                    Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the restored store into " + target + ": " + e.getMessage()
                    + " (the store there is unchanged)", e);
        }
        StorageDirectory.deleteTree(aside);
    }
}
