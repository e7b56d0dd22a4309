package org.pedigree.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;

/** The sources named on a command line: files, directories (recursively) and {@code -} for standard input. */
final class Inputs {
    private Inputs() {}

    static List<RecordSource> of(List<String> args, String format, InputStream stdin) {
        List<RecordSource> sources = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                if (format == null) {
                    throw new ConfigException("reading records from standard input needs their format: add --format ttl (or trig, nt, nq, jsonld, rdf, yaml, json)");
                }
                try {
                    sources.add(new RecordSource("stdin", stdin.readAllBytes(), RecordReaders.mediaTypeFor(format)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                paths.add(Path.of(arg));
            }
        }
        for (Path file : RecordReaders.expand(paths)) {
            try {
                sources.add(new RecordSource(file.toString(), Files.readAllBytes(file), format == null ? null : RecordReaders.mediaTypeFor(format)));
            } catch (IOException e) {
                throw new InputProblem(file + ": cannot be read — " + e.getMessage());
            }
        }
        if (sources.isEmpty()) {
            throw new InputProblem("no record files found in " + String.join(" ", args) + " (looked for " + String.join(" ", RecordReaders.EXTENSIONS) + ")");
        }
        return sources;
    }
}
