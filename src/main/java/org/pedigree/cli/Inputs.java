package org.pedigree.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordFiles;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.Sources;

/** The sources named on a command line: files, directories (recursively) and {@code -} for standard input. */
final class Inputs {
    private final List<RecordSource> stdin = new ArrayList<>();
    private final List<Path> files;
    private final String mediaType;

    private Inputs(List<String> args, String format, InputStream in) {
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                if (format == null) {
                    throw new ConfigException("reading records from standard input needs their format: add --format ttl (or trig, nt, nq, jsonld, rdf, yaml, json)");
                }
                try {
                    stdin.add(new RecordSource("stdin", in.readAllBytes(), RecordReaders.mediaTypeFor(format)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                paths.add(Path.of(arg));
            }
        }
        this.files = Sources.recordFiles(paths);
        if (stdin.isEmpty() && files.isEmpty()) {
            throw new InputProblem("no record files found in " + String.join(" ", args) + " (looked for " + String.join(" ", RecordReaders.EXTENSIONS) + ")");
        }
        this.mediaType = format == null ? null : RecordReaders.mediaTypeFor(format);
    }

    /** The inputs named by {@code args}: standard input is read now, directories are listed; files are read later. */
    static Inputs of(List<String> args, String format, InputStream stdin) {
        return new Inputs(args, format, stdin);
    }

    /** Every source read into memory (for sending to a server). */
    List<RecordSource> sources() {
        List<RecordSource> sources = new ArrayList<>(stdin);
        sources.addAll(Sources.read(files, mediaType));
        return sources;
    }

    /** The records of the sources, read when a write asks for them (big files as a stream). */
    RecordFiles batch(RecordReaders readers) {
        return new RecordFiles(readers, stdin, files, mediaType);
    }
}
