package org.pedigree.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where sources come from and how their bytes become text, for every reader and importer: the files
 * named on a command line ({@link #files}, directories walked in name order), read into
 * {@link RecordSource}s ({@link #read}), and decoded strictly as UTF-8 ({@link #utf8}). Each problem
 * is an {@link InputProblem} that names the source.
 */
public final class Sources {
    private Sources() {}

    /**
     * The files to read for the given paths: files as given, directories recursively (the files
     * {@code wanted} keeps, in name order). A missing path is an {@link InputProblem}.
     */
    public static List<Path> files(List<Path> paths, Predicate<Path> wanted) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(wanted).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new InputProblem(path + ": no such file or directory.");
            }
        }
        return files;
    }

    /** As {@link #files(List, Predicate)}, keeping the files in directories that have a record extension. */
    public static List<Path> recordFiles(List<Path> paths) {
        return files(paths, p -> RecordReaders.EXTENSIONS.stream().anyMatch(ext -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)));
    }

    /** Each file read whole, with the media type they are declared to have (null: from the extension). */
    public static List<RecordSource> read(List<Path> files, String mediaType) {
        List<RecordSource> sources = new ArrayList<>();
        for (Path file : files) {
            try {
                sources.add(new RecordSource(file.toString(), Files.readAllBytes(file), mediaType));
            } catch (IOException e) {
                throw new InputProblem(file + ": cannot be read — " + e.getMessage());
            }
        }
        return sources;
    }

    /** The source decoded as UTF-8 (a byte-order mark dropped); other bytes are an {@link InputProblem}. */
    public static String utf8(RecordSource source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source.bytes());
        CharBuffer out = CharBuffer.allocate(source.bytes().length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputProblem(source.name() + ": is not UTF-8 (the first bad byte is at offset " + in.position()
                    + ") — save the file as UTF-8.");
        }
        decoder.flush(out);
        return out.flip().toString().replaceFirst("^\uFEFF", "");
    }
}
