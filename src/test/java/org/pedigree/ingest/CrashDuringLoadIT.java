package org.pedigree.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.testing.LoadLoop;

/**
 * kill -9 of a real child JVM while it loads batches of records, at random moments, several times:
 * after each restart every acknowledged batch is there complete, and no batch is there in part.
 */
class CrashDuringLoadIT {
    private static final int BATCHES = 40;
    private static final int PER_BATCH = 50;
    private static final int RUNS = Integer.getInteger("pedigree.faultRounds", 4);
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    Path dir;

    @Test
    void every_acknowledged_batch_survives_sigkill_and_none_is_half_stored() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        int killedMidway = 0;
        for (int run = 0; run < RUNS; run++) {
            Process child = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"), LoadLoop.class.getName(),
                    data.toString(), String.valueOf(run), String.valueOf(BATCHES), String.valueOf(PER_BATCH))
                    .redirectErrorStream(true).start();
            Set<Integer> acknowledged = new HashSet<>();
            int killAfter = 1 + random.nextInt(BATCHES / 2);
            long extraDelayMillis = random.nextInt(150);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(Integer.parseInt(line.split(" ")[2]));
                        if (acknowledged.size() == killAfter) {
                            Thread.sleep(extraDelayMillis);
                            new ProcessBuilder("kill", "-9", String.valueOf(child.pid())).start().waitFor();
                            break;
                        }
                    }
                }
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            if (child.exitValue() == 137) {
                killedMidway++;
            }
            check(data, run, acknowledged, "seed " + seed + ", run " + run);
        }
        assertTrue(killedMidway >= Math.max(1, RUNS * 3 / 4), "the child should have been killed mid-load in most runs (seed " + seed + ")");
    }

    private static void check(Path data, int run, Set<Integer> acknowledged, String context) {
        InstanceIris iris = new InstanceIris(LoadLoop.BASE);
        try (Tdb2LineageStore store = Tdb2LineageStore.open(data)) {
            RecordHistory history = new RecordHistory(store, iris);
            for (int b = 0; b < BATCHES; b++) {
                int present = 0;
                for (int r = 0; r < PER_BATCH; r++) {
                    String id = "loop--r" + run + "-b" + b + "-m" + r;
                    var graph = history.current(id);
                    if (graph.isPresent()) {
                        present++;
                        var expected = RecordReadersTestAccess.read(LoadLoop.recordYaml(run, b, r));
                        assertTrue(graph.get().isIsomorphicWith(expected), context + ": record " + id + " is incomplete");
                        assertEquals(1, history.record(id).orElseThrow().version(), context + ": " + id + " has its history");
                    }
                }
                assertTrue(present == 0 || present == PER_BATCH, context + ": batch " + b + " is stored in part (" + present + ")");
                if (acknowledged.contains(b)) {
                    assertEquals(PER_BATCH, present, context + ": acknowledged batch " + b + " is missing");
                }
            }
            long records = store.read(dsg -> {
                long n = 0;
                for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                    if (it.next().getURI().startsWith(iris.recordNamespace())) {
                        n++;
                    }
                }
                return n;
            });
            assertTrue(records % PER_BATCH == 0, context + ": " + records + " records is not a whole number of batches");
            assertTrue(store.read(dsg -> dsg.containsGraph(NodeFactory.createURI(iris.recordMetadataGraph()))) || records == 0);
        }
    }

    /** Reads one generated record the way the child did. */
    static final class RecordReadersTestAccess {
        private static final RecordReaders READERS = new RecordReaders(new InstanceIris(LoadLoop.BASE), Knowledge.bundled());

        static org.apache.jena.graph.Graph read(String yaml) {
            List<IncomingRecord> records = READERS.read(new RecordSource("r.yaml", yaml.getBytes(StandardCharsets.UTF_8), null));
            return records.getFirst().graph();
        }
    }
}
