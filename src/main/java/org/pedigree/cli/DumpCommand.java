package org.pedigree.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pedigree.store.StoreInUseException;
import org.pedigree.store.Tdb2LineageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree dump --out FILE}: every quad of the store (records, history, knowledge) in one consistent read. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Write the whole store (records, their history and Pedigree's knowledge graphs) as N-Quads, or TriG when FILE ends in .trig; .gz compresses.")
final class DumpCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (- for standard output).")
    String out;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    DumpCommand(CliContext context) {
        this.env = context.env();
    }

    @Override
    public Integer call() throws IOException {
        DataConfig config = DataConfig.resolve(data, env);
        Path dataDir = config.existingStore("dump");
        String name = out.toLowerCase(Locale.ROOT);
        Lang lang = name.endsWith(".trig") || name.endsWith(".trig.gz") ? Lang.TRIG : Lang.NQUADS;
        try (Tdb2LineageStore store = Tdb2LineageStore.open(dataDir)) {
            if (out.equals("-")) {
                store.read(dsg -> { RDFDataMgr.write(System.out, dsg, lang); return null; });
                System.out.flush();
                return 0;
            }
            Path target = Path.of(out).toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".dump", ".tmp");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp));
                 OutputStream stream = name.endsWith(".gz") ? new GZIPOutputStream(file) : file) {
                store.read(dsg -> { RDFDataMgr.write(stream, dsg, lang); return null; });
            } catch (UncheckedIOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getErr().println("Wrote " + target);
            return 0;
        } catch (StoreInUseException e) {
            throw new ConfigException(e.getMessage() + " (a running server holds it: its dumps are at /dump/ once published, or stop it first)");
        }
    }
}
