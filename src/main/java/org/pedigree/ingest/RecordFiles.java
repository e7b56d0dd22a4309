package org.pedigree.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.riot.Lang;
import org.pedigree.model.Sha256;

/**
 * The records of the inputs of a load — sources already in memory (standard input), then files —
 * read afresh on every pass: a file is read again, not kept (and must not change in between: its
 * SHA-256 is checked on each pass). A TriG or N-Quads file of
 * {@value #STREAM_FROM_BYTES} bytes or more is parsed as a stream ({@link QuadStreamReader}), so a
 * batch of millions of records never has to fit in memory; smaller files are read whole, exactly
 * as {@link RecordReaders#read(RecordSource)} reads them.
 */
public final class RecordFiles implements RecordBatch {
    /** Files from this size on (32 MiB) are read as a stream when their syntax allows it. */
    public static final long STREAM_FROM_BYTES = 32L << 20;

    private final RecordReaders readers;
    private final List<RecordSource> inMemory;
    private final List<Path> files;
    private final String mediaType;
    private final long streamFrom;
    private final Map<Path, String> checksums = new HashMap<>();

    /**
     * @param inMemory  sources already read, given first
     * @param files     files to read, in this order
     * @param mediaType the format of every file, or null to go by each file's extension
     */
    public RecordFiles(RecordReaders readers, List<RecordSource> inMemory, List<Path> files, String mediaType) {
        this(readers, inMemory, files, mediaType, STREAM_FROM_BYTES);
    }

    RecordFiles(RecordReaders readers, List<RecordSource> inMemory, List<Path> files, String mediaType, long streamFrom) {
        this.readers = readers;
        this.inMemory = List.copyOf(inMemory);
        this.files = List.copyOf(files);
        this.mediaType = mediaType;
        this.streamFrom = streamFrom;
    }

    @Override
    public void forEach(Consumer<IncomingRecord> each) {
        for (RecordSource source : inMemory) {
            readers.read(source).forEach(each);
        }
        for (Path file : files) {
            RdfRecordReader streamable = streamable(file);
            String read;
            if (streamable != null) {
                String sha256 = checksums.computeIfAbsent(file, FileChecksum::of);
                read = new QuadStreamReader(streamable, readers.iris()).read(file, sha256, each);
            } else {
                byte[] bytes = bytes(file);
                read = Sha256.hex(bytes);
                checksums.putIfAbsent(file, read);
                readers.read(new RecordSource(file.toString(), bytes, mediaType)).forEach(each);
            }
            // Each pass must see the records the first one stored: a file changed in between would
            // have its new content validated, or none of it, and the stored content not at all.
            if (!read.equals(checksums.get(file))) {
                throw new InputProblem(file + ": changed while it was being loaded (its SHA-256 is not the one read first) "
                        + "— nothing was stored; load it again once it is written.");
            }
        }
    }

    /** Unknown until read: the files are not counted beforehand. */
    @Override
    public long size() {
        return -1;
    }

    /** The number of files and sources in memory. */
    public int sources() {
        return inMemory.size() + files.size();
    }

    /** The reader of a file to read as a stream: a big one in TriG or N-Quads; else null. */
    private RdfRecordReader streamable(Path file) {
        try {
            if (Files.size(file) < streamFrom) {
                return null;
            }
        } catch (IOException e) {
            throw new InputProblem(file + ": cannot be read — " + e.getMessage());
        }
        String extension = RecordReaders.extension(file.toString(), mediaType);
        Lang lang = RdfRecordReader.langOf("x" + extension);
        return Lang.TRIG.equals(lang) || Lang.NQUADS.equals(lang) ? new RdfRecordReader(lang, readers.iris()) : null;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputProblem(file + ": cannot be read — " + e.getMessage());
        }
    }
}
