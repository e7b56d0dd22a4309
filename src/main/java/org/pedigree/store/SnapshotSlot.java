package org.pedigree.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Where a derived index of an embedded store (the lineage index) keeps a snapshot of itself
 * beside the database, and whether the database is unchanged since that snapshot: the state file
 * {@code lineage-index.state} holds {@code clean ID} once the snapshot {@code ID} was written from
 * the store's state, and is made {@code dirty} — on disk, before the commit — by the first write
 * the store commits after that. A snapshot is therefore used only when no commit can have come
 * after it, whatever moment a process was killed at.
 *
 * <pre>{@code
 * store.snapshotSlot().ifPresent(slot -> {
 *     Optional<String> id = slot.unchangedSince();      // at open: the snapshot to trust, if any
 *     ...write the snapshot to slot.file() (atomically), then:
 *     slot.recordClean(newId, generationItReflects);    // false when a write came in between
 * });
 * }</pre>
 * The store's writer calls {@link #beforeCommit()}; nothing else changes the database's content
 * (a compaction copies it unchanged, a restore replaces the whole directory, state file included).
 */
public final class SnapshotSlot {
    /** The snapshot file, in the data directory. */
    public static final String SNAPSHOT = "lineage-index.snapshot";
    /** The state file, in the data directory. */
    public static final String STATE = "lineage-index.state";
    private static final String CLEAN = "clean ";
    private static final String DIRTY = "dirty";

    private final Path directory;
    private final Object commits;
    private final LongSupplier generation;
    /** Whether the state file says clean; read once at open, then changed only here. Guarded by {@link #commits}. */
    private boolean clean;
    /** Set when the store closes: nothing is recorded after. Guarded by {@link #commits}. */
    private boolean closed;

    /**
     * @param commits    the lock the store holds around each commit and the move of its generation
     * @param generation the store's generation
     */
    SnapshotSlot(Path directory, Object commits, LongSupplier generation) {
        this.directory = directory;
        this.commits = commits;
        this.generation = generation;
        this.clean = readState().isPresent();
    }

    /** Whether {@code name} is one of the files of a slot (they are not part of the database). */
    static boolean isSlotFile(String name) {
        return name.startsWith("lineage-index.");
    }

    /** The snapshot file. */
    public Path file() {
        return directory.resolve(SNAPSHOT);
    }

    /** The id of the snapshot the database has not changed since, or empty (no snapshot, or written since). */
    public Optional<String> unchangedSince() {
        synchronized (commits) {
            return clean ? readState() : Optional.empty();
        }
    }

    /**
     * Records that the snapshot {@code id}, now in {@link #file()}, reflects the database as of
     * {@code reflects} (a {@link LineageStore#generation()}); refused, returning false, when the
     * store has committed a write since.
     */
    public boolean recordClean(String id, long reflects) {
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a snapshot id is one word, not '" + id + "'");
        }
        synchronized (commits) {
            if (closed || generation.getAsLong() != reflects) {
                return false;
            }
            writeState(CLEAN + id);
            clean = true;
            return true;
        }
    }

    /** Makes the state dirty: the snapshot is not to be used (it was found damaged, or is being replaced). */
    public void forget() {
        synchronized (commits) {
            markDirty();
        }
    }

    /**
     * Called by the store, holding the commit lock, just before it commits a write: the first
     * commit after a clean state makes it dirty on disk first, so a process killed between the two
     * never leaves a clean state over a changed database. A state that cannot be made dirty
     * refuses the commit.
     */
    void beforeCommit() {
        if (clean) {
            markDirty();
        }
    }

    /** Called by the store as it closes. */
    void close() {
        synchronized (commits) {
            closed = true;
        }
    }

    private void markDirty() {
        try {
            writeState(DIRTY);
        } catch (UncheckedIOException e) {
            try {
                Files.deleteIfExists(directory.resolve(STATE)); // no state file is as good as dirty
                syncDirectory();
            } catch (IOException | UncheckedIOException again) {
                throw new UncheckedIOException("cannot mark the lineage index snapshot of " + directory + " stale (" + e.getMessage()
                        + "); delete " + directory.resolve(STATE) + " and retry", e.getCause());
            }
        }
        clean = false;
    }

    private Optional<String> readState() {
        try {
            String state = Files.readString(directory.resolve(STATE), StandardCharsets.UTF_8).strip();
            return state.startsWith(CLEAN) && state.length() > CLEAN.length() ? Optional.of(state.substring(CLEAN.length())) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: not clean
        }
    }

    /** Temporary file, fsync, rename over the state file, fsync of the directory: the old state or the new one, never half. */
    private void writeState(String state) {
        Path temp = directory.resolve(STATE + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap((state + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            Files.move(temp, directory.resolve(STATE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(STATE) + ": " + e.getMessage(), e);
        }
    }

    /** Makes a rename in the data directory durable. */
    void syncDirectory() throws IOException {
        syncDirectory(directory);
    }

    /** Makes the renames in {@code directory} durable. */
    public static void syncDirectory(Path directory) throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
