package org.pedigree.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pedigree.model.Sha256;

/**
 * A backup on disk: every quad of a store as gzip N-Quads in {@code FILE}, and its SHA-256 in
 * {@code FILE.sha256} in {@code sha256sum} format (so {@code sha256sum -c FILE.sha256} checks it).
 * Both are written to hidden temporary files, synced (the data read back to the end of its gzip
 * stream first), and moved into place data first, checksum
 * last: a backup killed at any moment leaves no file whose checksum matches, and {@link #verify}
 * refuses it.
 *
 * <pre>{@code
 * BackupFile.Written w = BackupFile.write(Path.of("backup.nq.gz"), BackupFile.nquadsOf(store));
 * BackupFile.verify(Path.of("backup.nq.gz"));
 * }</pre>
 */
public final class BackupFile {
    /** The bytes of a backup file, written to {@code out} (which the caller closes). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A backup written: the file, its checksum file, its size in bytes and its SHA-256 (hex). */
    public record Written(Path file, Path checksumFile, long bytes, String sha256) {}

    private BackupFile() {}

    /** The checksum file that goes with {@code backup}: {@code backup.sha256}. */
    public static Path checksumFileOf(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".sha256");
    }

    /** Every quad of {@code store}, from one read transaction, as gzip N-Quads (streamed, never held in memory). */
    public static Content nquadsOf(LineageStore store) {
        return out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
            store.read(dsg -> {
                RDFDataMgr.write(gzip, dsg, Lang.NQUADS);
                return null;
            });
            gzip.finish();
        };
    }

    /** Writes {@code content} to {@code target} and its checksum beside it, each atomically. */
    public static Written write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path directory = file.getParent();
        Files.createDirectories(directory);
        String name = file.getFileName().toString();
        Path data = Files.createTempFile(directory, "." + name + ".", ".tmp");
        Path sum = null;
        try {
            MessageDigest sha256 = Sha256.digest();
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(data), 1 << 16), sha256)) {
                content.writeTo(out);
            }
            force(data);
            requireWholeGzip(data, file);
            String hex = HexFormat.of().formatHex(sha256.digest());
            sum = Files.createTempFile(directory, "." + name + ".sha256.", ".tmp");
            Files.writeString(sum, hex + "  " + name + "\n", StandardCharsets.UTF_8);
            force(sum);
            Files.move(data, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path checksumFile = checksumFileOf(file);
            Files.move(sum, checksumFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(file, checksumFile, Files.size(file), hex);
        } finally {
            Files.deleteIfExists(data);
            if (sum != null) {
                Files.deleteIfExists(sum);
            }
        }
    }

    /**
     * Checks {@code backup} against its checksum file before anything uses it.
     *
     * @return the SHA-256 (hex)
     * @throws BackupProblem when the file or its checksum is missing, or they do not match
     */
    public static String verify(Path backup) {
        Path sumFile = checksumFileOf(backup);
        if (!Files.isRegularFile(backup)) {
            throw new BackupProblem("there is no backup file " + backup + ": give the path of a file written by `pedigree backup`");
        }
        if (!Files.isRegularFile(sumFile)) {
            throw new BackupProblem("the backup " + backup + " has no checksum file " + sumFile.getFileName()
                    + " beside it: it is incomplete or was not written by `pedigree backup`, and is not restored without one");
        }
        String expected;
        try {
            String text = Files.readString(sumFile, StandardCharsets.UTF_8).strip();
            expected = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new BackupProblem("cannot read the checksum file " + sumFile + ": " + e.getMessage(), e);
        }
        if (!expected.matches("[0-9a-f]{64}")) {
            throw new BackupProblem("the checksum file " + sumFile + " does not hold a SHA-256 in sha256sum format ('HEX  NAME')");
        }
        String actual = sha256Of(backup);
        if (!actual.equals(expected)) {
            throw new BackupProblem("the backup " + backup + " does not match its checksum in " + sumFile.getFileName()
                    + " (expected " + expected + ", found " + actual + "): the file is damaged or incomplete; nothing was changed");
        }
        return actual;
    }

    /** Reads the written file to its end: a gzip stream cut short (a server gone mid-way) fails its trailer check. */
    private static void requireWholeGzip(Path written, Path target) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(written), 1 << 16)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IOException("the backup for " + target + " is not a whole gzip stream (" + e.getMessage() + "): it was not kept", e);
        }
    }

    private static String sha256Of(Path file) {
        MessageDigest sha256 = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new BackupProblem("cannot read the backup " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
