package org.pedigree.publish.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pedigree.model.Sha256;
import org.pedigree.store.GenerationCache;
import org.pedigree.store.LineageStore;

/**
 * The full dumps of the store (every record, the record history and Pedigree's knowledge): gzip
 * N-Quads and gzip TriG. A dump is written from one read transaction straight to a file (the
 * dataset is streamed, never held in memory), its SHA-256 taken on the way, and kept until the
 * next write makes it stale.
 */
public final class Dumps {
    /** One dump format: its file name and media type (of the uncompressed content). */
    enum Format {
        NQUADS("pedigree.nq.gz", "application/n-quads", Lang.NQUADS),
        TRIG("pedigree.trig.gz", "application/trig", Lang.TRIG);

        final String fileName;
        final String mediaType;
        final Lang lang;

        Format(String fileName, String mediaType, Lang lang) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.lang = lang;
        }

        static Format ofFileName(String name) {
            for (Format f : values()) {
                if (f.fileName.equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** A written dump: the file, its size in bytes and its SHA-256 (hex). */
    record Dump(Format format, Path file, long bytes, String sha256, long generation) {}

    private final LineageStore store;
    private final Path directory;
    private final Map<Format, GenerationCache<Dump>> current = new EnumMap<>(Format.class);

    public Dumps(LineageStore store, Path directory) {
        this.store = store;
        this.directory = directory;
        for (Format format : Format.values()) {
            current.put(format, GenerationCache.of(store, generation -> write(format, generation)));
        }
    }

    /** The up-to-date dump in {@code format}, written now if the store changed since the last one (one dump at a time). */
    synchronized Dump current(Format format) {
        GenerationCache<Dump> cache = current.get(format);
        Dump dump = cache.get();
        if (!Files.exists(dump.file())) {
            cache.invalidate(); // removed under the publisher: written again
            dump = cache.get();
        }
        return dump;
    }

    private Dump write(Format format, long generation) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(format.fileName);
            Path tmp = Files.createTempFile(directory, format.fileName, ".tmp");
            MessageDigest sha256 = Sha256.digest();
            try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)), sha256);
                 OutputStream gzip = new GZIPOutputStream(file, 1 << 16)) {
                store.read(dsg -> {
                    RDFDataMgr.write(gzip, dsg, format.lang);
                    return null;
                });
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Dump(format, target, Files.size(target), HexFormat.of().formatHex(sha256.digest()), generation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump to " + directory + ": " + e.getMessage(), e);
        }
    }
}
