package org.pedigree.lineage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

import org.pedigree.store.LineageStore;
import org.pedigree.store.SnapshotSlot;

/**
 * The lineage index as a file, so a restart over an unchanged store reads it back in seconds
 * instead of building it from the store. Binary, written with {@link DataOutputStream}:
 *
 * <pre>
 * magic "PEDLIDX\0", format version, build (Pedigree's version and a digest of its lineage code: {@link BuildFingerprint}), snapshot id,
 * entry count, advisory count, string table (licences, kinds, roles, statuses, versions, severities: each once),
 * every entry in id order (IRI, type and root, name, Hub id, description; shared strings as indexes into the table;
 * parents with their kinds, children, datasets with roles, users, advisory statements, affects),
 * the advisory ids in order, and last the CRC-32C of everything before it.
 * </pre>
 * Numbers are unsigned variable-length (7 bits a byte). A file that is truncated, damaged, of
 * another format or of another build of Pedigree is refused as a {@link Unusable} and the index
 * is built from the store instead. Writing goes to a temporary file, forced to disk, then renamed
 * over the snapshot, so a reader sees the old snapshot or the new one.
 */
final class IndexSnapshot {
    private static final long MAGIC = 0x5045444C49445800L; // "PEDLIDX\0"
    /** Bump when what the index holds or how the computed facts are derived changes: older snapshots are then rebuilt. */
    static final int FORMAT = 2;
    private static final int NULL = 0;
    private static final int[] EMPTY = new int[0];

    /** A snapshot that cannot be used (why, in words); the index is built from the store instead. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    private IndexSnapshot() {}

    /** A snapshot written to its temporary file, to {@link #install()} (outside the index's lock: forcing it to disk takes a while). */
    record Pending(Path temp, Path file, long bytes, int entries) {
        /** Forces the temporary file to disk and renames it over the snapshot. */
        void install() throws IOException {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            SnapshotSlot.syncDirectory(file.getParent());
        }
    }

    /**
     * Writes {@code index} as the snapshot {@code id} to a temporary file beside {@code file}. Call it
     * under the index's read lock ({@link LineageIndex#read}) so the entries do not change meanwhile,
     * then {@link Pending#install()}.
     */
    static Pending write(LineageIndex index, Path file, String id, String build) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        CRC32C crc = new CRC32C();
        int size = index.size();
        try (FileOutputStream raw = new FileOutputStream(temp.toFile())) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16));
            Map<String, Integer> strings = stringTable(index);
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            text(out, build);
            text(out, id);
            number(out, size);
            number(out, index.advisoryIds().size());
            number(out, strings.size());
            for (String s : strings.keySet()) {
                text(out, s);
            }
            for (int i = 0; i < size; i++) {
                entry(out, index.entry(i), strings);
            }
            for (int a : index.advisoryIds()) {
                number(out, a);
            }
            out.flush();
            long sum = crc.getValue();
            DataOutputStream tail = new DataOutputStream(raw);
            tail.writeLong(sum);
            tail.flush();
        }
        return new Pending(temp, file, Files.size(temp), size);
    }

    /**
     * Reads the snapshot in {@code file} back into an index over {@code store}, counting entries in
     * {@code progress}.
     *
     * @throws Unusable when the file is missing, damaged, or not the snapshot {@code id} of this build
     */
    static LineageIndex read(Path file, String id, String build, LineageStore store, AtomicLong progress) throws Unusable {
        try {
            verifyChecksum(file);
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readLong() != MAGIC) {
                    throw new Unusable("not a lineage index snapshot");
                }
                int format = in.readInt();
                if (format != FORMAT) {
                    throw new Unusable("format " + format + ", this Pedigree reads format " + FORMAT);
                }
                String writtenBy = text(in);
                if (!build.equals(writtenBy)) {
                    throw new Unusable("written by Pedigree " + writtenBy + ", this is " + build);
                }
                String written = text(in);
                if (!id.equals(written)) {
                    throw new Unusable("it is the snapshot " + written + ", the store is unchanged since " + id);
                }
                int size = number(in);
                int advisoryCount = number(in);
                String[] strings = new String[number(in)];
                for (int i = 0; i < strings.length; i++) {
                    strings[i] = text(in);
                }
                List<LineageIndex.Entry> entries = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    entries.add(entry(in, i, strings));
                    progress.incrementAndGet();
                }
                int[] advisories = new int[advisoryCount];
                for (int i = 0; i < advisoryCount; i++) {
                    advisories[i] = number(in);
                }
                return LineageIndex.restored(store, entries, advisories, Arrays.asList(strings));
            }
        } catch (EOFException e) {
            throw new Unusable("it is truncated");
        } catch (IOException | RuntimeException e) {
            throw new Unusable("it cannot be read (" + e + ")");
        }
    }

    /** The CRC-32C of all but the last 8 bytes must be those 8 bytes: a truncated or damaged file is refused before it is parsed. */
    private static void verifyChecksum(Path file) throws IOException, Unusable {
        long length = Files.size(file);
        if (length < 8) {
            throw new Unusable("it is truncated");
        }
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        long left = length - 8;
        try (InputStream in = Files.newInputStream(file)) {
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException();
                }
                crc.update(buffer, 0, n);
                left -= n;
            }
            long stored = new DataInputStream(in).readLong();
            if (stored != crc.getValue()) {
                throw new Unusable("its checksum does not match (damaged or truncated)");
            }
        }
    }

    /** Every string entries share, each once, in the order first met. */
    private static Map<String, Integer> stringTable(LineageIndex index) {
        Map<String, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < index.size(); i++) {
            LineageIndex.Entry e = index.entry(i);
            add(table, e.version);
            add(table, e.advisoryKind);
            add(table, e.severity);
            for (String s : e.licences) {
                add(table, s);
            }
            for (String s : e.parentKinds) {
                add(table, s);
            }
            for (String s : e.datasetRoles) {
                add(table, s);
            }
            for (String[] statement : e.statements.values()) {
                add(table, statement[0]);
            }
        }
        return table;
    }

    private static void add(Map<String, Integer> table, String value) {
        if (value != null) {
            table.putIfAbsent(value, table.size());
        }
    }

    private static void entry(DataOutputStream out, LineageIndex.Entry e, Map<String, Integer> strings) throws IOException {
        text(out, e.iri);
        out.writeByte(e.type.ordinal() | (e.root ? 0x80 : 0));
        text(out, e.name);
        text(out, e.hfId);
        text(out, e.description);
        shared(out, e.version, strings);
        number(out, e.licences.length);
        for (String licence : e.licences) {
            shared(out, licence, strings);
        }
        number(out, e.parents.length);
        for (int i = 0; i < e.parents.length; i++) {
            number(out, e.parents[i]);
            shared(out, e.parentKinds[i], strings);
        }
        ints(out, e.children, e.childCount);
        number(out, e.datasets.length);
        for (int i = 0; i < e.datasets.length; i++) {
            number(out, e.datasets[i]);
            shared(out, e.datasetRoles[i], strings);
        }
        ints(out, e.usedBy, e.usedByCount);
        number(out, e.statements.size());
        for (Map.Entry<String, String[]> statement : e.statements.entrySet()) {
            text(out, statement.getKey());
            shared(out, statement.getValue()[0], strings);
            text(out, statement.getValue()[1]);
        }
        ints(out, e.affects, e.affects.length);
        shared(out, e.advisoryKind, strings);
        shared(out, e.severity, strings);
    }

    private static LineageIndex.Entry entry(DataInputStream in, int id, String[] strings) throws IOException {
        LineageIndex.Entry e = new LineageIndex.Entry(id, text(in));
        int flags = in.readUnsignedByte();
        e.type = LineageIndex.Type.values()[flags & 0x7F];
        e.root = (flags & 0x80) != 0;
        e.name = text(in);
        e.hfId = text(in);
        e.description = text(in);
        e.version = shared(in, strings);
        e.licences = new String[number(in)];
        for (int i = 0; i < e.licences.length; i++) {
            e.licences[i] = shared(in, strings);
        }
        int parents = number(in);
        e.parents = new int[parents];
        e.parentKinds = new String[parents];
        for (int i = 0; i < parents; i++) {
            e.parents[i] = number(in);
            e.parentKinds[i] = shared(in, strings);
        }
        e.children = ints(in);
        e.childCount = e.children.length;
        int datasets = number(in);
        e.datasets = new int[datasets];
        e.datasetRoles = new String[datasets];
        for (int i = 0; i < datasets; i++) {
            e.datasets[i] = number(in);
            e.datasetRoles[i] = shared(in, strings);
        }
        e.usedBy = ints(in);
        e.usedByCount = e.usedBy.length;
        int statements = number(in);
        if (statements > 0) {
            Map<String, String[]> read = new LinkedHashMap<>();
            for (int i = 0; i < statements; i++) {
                String about = text(in);
                read.put(about, new String[] {shared(in, strings), text(in)});
            }
            e.statements = read;
        }
        e.affects = ints(in);
        e.advisoryKind = shared(in, strings);
        e.severity = shared(in, strings);
        return e;
    }

    private static void ints(DataOutputStream out, int[] values, int count) throws IOException {
        number(out, count);
        for (int i = 0; i < count; i++) {
            number(out, values[i]);
        }
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int n = number(in);
        if (n == 0) {
            return EMPTY;
        }
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = number(in);
        }
        return values;
    }

    private static void shared(DataOutputStream out, String value, Map<String, Integer> strings) throws IOException {
        number(out, value == null ? NULL : strings.get(value) + 1);
    }

    private static String shared(DataInputStream in, String[] strings) throws IOException {
        int n = number(in);
        return n == NULL ? null : strings[n - 1];
    }

    /** A string as its UTF-8 length plus one (0 for null), then the bytes. */
    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            number(out, NULL);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        number(out, bytes.length + 1);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = number(in);
        if (n == NULL) {
            return null;
        }
        byte[] bytes = new byte[n - 1];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void number(DataOutputStream out, int value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("negative number in the index: " + value);
        }
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int number(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IOException("a number out of range");
                }
                return value;
            }
        }
        throw new IOException("a number longer than five bytes");
    }
}
