package org.pedigree.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.InputProblem;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.Sources;
import org.pedigree.ingest.WriteMode;
import org.pedigree.ingest.WriteOutcome;
import org.pedigree.ingest.imports.ImportBatch;
import org.pedigree.model.InstanceIris;

/**
 * One run of an import subcommand: reads the files, converts them, reports the sources that could
 * not be converted (then stores nothing, unless {@code --partial}), and writes the records like
 * {@code load} does — to the store in {@code --data}, to a server with {@code --server} (as one
 * TriG batch), or only to a TriG file with {@code --out}.
 */
final class ImportRun {
    private final ImportOptions options;
    private final DataConfig config;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;

    ImportRun(ImportOptions options, DataConfig config, PrintWriter out, PrintWriter err, boolean terminal) {
        this.options = options;
        this.config = config;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    int run(Predicate<Path> wanted, String looksFor, BiFunction<LocalStore, List<RecordSource>, ImportBatch> convert) {
        List<RecordSource> sources = sources(wanted, looksFor);
        boolean local = options.out == null && !config.remote();
        try (LocalStore store = local ? LocalStore.open(config) : LocalStore.inMemory(baseForConversion())) {
            ImportBatch batch = convert.apply(store, sources);
            batch.skipped().forEach(s -> err.println("skipped: " + s));
            batch.problems().forEach(p -> err.println("refused: " + p));
            err.println("Converted " + batch.records().size() + " of " + sources.size() + " file(s).");
            err.flush();
            if (!batch.problems().isEmpty() && !options.partial) {
                err.println("Nothing stored: fix the files above, or add --partial to store the others.");
                return Main.USER_ERROR;
            }
            int code = batch.problems().isEmpty() ? 0 : Main.USER_ERROR;
            if (batch.records().isEmpty()) {
                return code;
            }
            if (options.out != null) {
                write(options.out, store.pedigree.iris(), batch.records());
                out.println("Wrote " + batch.records().size() + " record(s) to " + options.out + ".");
                return code;
            }
            if (config.remote()) {
                byte[] trig = trig(store.pedigree.iris(), batch.records());
                return Math.max(code, new RemoteLoad(config, out, err).load(List.of(new RecordSource("import", trig, "application/trig")), options.partial));
            }
            return Math.max(code, store(store, batch.records()));
        }
    }

    private int store(LocalStore local, List<IncomingRecord> records) {
        err.println("Validating and storing " + records.size() + " record(s) in one transaction…");
        err.flush();
        WriteOutcome outcome = local.pedigree.writer().write(records, WriteMode.UPSERT, options.partial,
                "cli:" + System.getProperty("user.name", "unknown"), LoadCommand.phases(err, terminal));
        if (outcome.committed()) {
            local.pedigree.rememberBaseUri();
        }
        ReportPrinter.print(outcome, options.report(), options.verbose, outcome.committed(), out);
        return outcome.refusedIds().isEmpty() ? 0 : Main.USER_ERROR;
    }

    /** Without a store, IRIs are minted under --base-uri, else the server's URL, else the default base. */
    private String baseForConversion() {
        if (config.baseUri() != null) {
            return config.baseUri();
        }
        return config.remote() ? config.server().toString() : DataConfig.DEFAULT_BASE;
    }

    private List<RecordSource> sources(Predicate<Path> wanted, String looksFor) {
        List<Path> files = Sources.files(options.paths, wanted);
        if (files.isEmpty()) {
            throw new InputProblem("no " + looksFor + " found in " + options.paths.stream().map(Path::toString).reduce((a, b) -> a + " " + b).orElse(""));
        }
        return Sources.read(files, null);
    }

    private static byte[] trig(InstanceIris iris, List<IncomingRecord> records) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        for (IncomingRecord r : records) {
            dsg.addGraph(NodeFactory.createURI(iris.record(r.id())), r.graph());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, dsg, Lang.TRIG);
        return bytes.toByteArray();
    }

    private static void write(Path file, InstanceIris iris, List<IncomingRecord> records) {
        try {
            Files.write(file, trig(iris, records));
        } catch (IOException e) {
            throw new InputProblem(file + ": cannot be written — " + e.getMessage());
        }
    }
}
