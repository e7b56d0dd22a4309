package org.pedigree.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.pedigree.ingest.IncomingRecord;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.WriteMode;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/**
 * A child process for crash tests: writes batches of records into a store, one transaction per
 * batch, and prints {@code ACK run batch} after each commit. It is killed with SIGKILL mid-way.
 * Arguments: data directory, run number, batches, records per batch.
 */
public final class LoadLoop {
    public static final String BASE = "http://localhost:8080/";

    private LoadLoop() {}

    public static String recordYaml(int run, int batch, int record) {
        return "model: loop/r" + run + "-b" + batch + "-m" + record + "\nname: m" + record + "\nlicence: mit\n"
                + "bases:\n  - model: loop/base\n    relation: finetune\n"
                + "operation:\n  agent: loop\n  kind: lora\n  hyperparameters: { rank: " + record + ", batch: " + batch + " }\n";
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        int batches = Integer.parseInt(args[2]);
        int perBatch = Integer.parseInt(args[3]);
        InstanceIris iris = new InstanceIris(BASE);
        Tdb2LineageStore store = Tdb2LineageStore.open(data);
        Knowledge.bundled().syncInto(store);
        RecordReaders readers = new RecordReaders(iris, Knowledge.bundled());
        RecordWriter writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), iris, Clock.systemUTC());
        System.out.println("READY");
        System.out.flush();
        for (int b = 0; b < batches; b++) {
            List<IncomingRecord> records = new ArrayList<>();
            for (int r = 0; r < perBatch; r++) {
                records.addAll(readers.read(new RecordSource("r.yaml", recordYaml(run, b, r).getBytes(StandardCharsets.UTF_8), null)));
            }
            writer.write(records, WriteMode.UPSERT, false, "loop");
            System.out.println("ACK " + run + " " + b);
            System.out.flush();
        }
        store.close();
    }
}
