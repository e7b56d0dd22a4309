package org.pedigree.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout of a TDB2 database directory: one {@code Data-NNNN} directory per generation (the
 * highest is the live one; compaction makes the next), and {@code Data-NNNN-tmp} while a
 * compaction copies. A compaction killed part-way leaves a {@code -tmp} directory or an older
 * generation behind; TDB2 never uses them again, and they are removed before the next compaction.
 */
final class StorageDirectory {
    private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)(-tmp)?");

    private StorageDirectory() {}

    /**
     * Total size of the regular files under {@code directory}, in bytes, without the lineage index
     * snapshot (derived, rewritten whole: counting it would look like growth to automatic compaction).
     */
    static long size(Path directory) {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> files = Files.walk(directory)) {
                return files.filter(Files::isRegularFile).filter(f -> !SnapshotSlot.isSlotFile(f.getFileName().toString()))
                        .mapToLong(StorageDirectory::sizeOf).sum();
            } catch (IOException | UncheckedIOException e) {
                // a compaction deleting the old generation as we walk: measure again
                if (attempt == 3) {
                    throw new IllegalStateException("cannot measure " + directory + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** Deletes {@code Data-NNNN-tmp} directories and generations older than the live one. */
    static void removeLeftovers(Path directory) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
        int live = entries.stream().mapToInt(StorageDirectory::generation).max().orElse(-1);
        for (Path entry : entries) {
            Matcher m = GENERATION.matcher(entry.getFileName().toString());
            if (m.matches() && (m.group(2) != null || Integer.parseInt(m.group(1)) < live)) {
                deleteTree(entry);
            }
        }
    }

    /** Deletes {@code dir} and everything under it; nothing when it does not exist. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int generation(Path entry) {
        Matcher m = GENERATION.matcher(entry.getFileName().toString());
        return m.matches() && m.group(2) == null ? Integer.parseInt(m.group(1)) : -1;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
