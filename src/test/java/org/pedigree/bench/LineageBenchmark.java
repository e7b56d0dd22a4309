package org.pedigree.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import org.pedigree.ingest.Knowledge;
import org.pedigree.lineage.Catalogue;
import org.pedigree.lineage.ComputedLineage;
import org.pedigree.lineage.LicenceInheritance;
import org.pedigree.lineage.LineageAnalytics;
import org.pedigree.lineage.LineageIndex;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;

/**
 * The lineage benchmark of issue 6: opens a TDB2 store holding a generated lineage graph (see
 * {@link LineageGraphGenerator}), builds what {@code LineageService.prepare()} builds — the
 * in-memory {@link LineageIndex} and the computed facts in {@code meta/lineage} — timing each,
 * then measures the analytics against the naive SPARQL property path on the same store in the same
 * JVM, and prints a Markdown table with p50/p99, ratios and the heap. Run with {@code -Xmx1g} to
 * prove the heap bound. {@code bench/lineage.sh N} does all of it.
 *
 * <p>Usage: {@code LineageBenchmark --loc DIR --graph GRAPH.properties [--samples 1000]
 * [--naive-samples 30] [--naive-timeout-seconds 60]}.
 */
public final class LineageBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Options options;
    private final Properties graph;
    private final List<Result> results = new ArrayList<>();

    /** One question: the index's timings, the naive query's, and the target. */
    record Result(String question, String how, Timings index, Timings naive, double targetMillis, String check) {}

    /** The command line. */
    record Options(Path loc, Path graph, int samples, int naiveSamples, long naiveTimeoutSeconds) {
        static Options parse(String[] args) {
            Path loc = null;
            Path graph = null;
            int samples = 1000;
            int naiveSamples = 30;
            long timeout = 60;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--loc" -> loc = Path.of(args[i + 1]);
                    case "--graph" -> graph = Path.of(args[i + 1]);
                    case "--samples" -> samples = Integer.parseInt(args[i + 1]);
                    case "--naive-samples" -> naiveSamples = Integer.parseInt(args[i + 1]);
                    case "--naive-timeout-seconds" -> timeout = Long.parseLong(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (loc == null || graph == null) {
                throw new IllegalArgumentException("usage: LineageBenchmark --loc DIR --graph GRAPH.properties [--samples N] "
                        + "[--naive-samples N] [--naive-timeout-seconds S]");
            }
            return new Options(loc, graph, samples, naiveSamples, timeout);
        }
    }

    LineageBenchmark(Options options, Properties graph) {
        this.options = options;
        this.graph = graph;
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Properties graph = new Properties();
        try (Reader in = Files.newBufferedReader(options.graph())) {
            graph.load(in);
        }
        new LineageBenchmark(options, graph).run();
    }

    void run() {
        HeapPeak.watch();
        String base = graph.getProperty("base");
        InstanceIris iris = new InstanceIris(base);
        try (Tdb2LineageStore store = Tdb2LineageStore.open(options.loc())) {
            Knowledge.bundled().syncInto(store);
            long t0 = System.nanoTime();
            LineageIndex index = LineageIndex.build(store);
            long t1 = System.nanoTime();
            long live = HeapPeak.liveBytesAfterGc();
            System.out.printf(Locale.ROOT, "index build            %.1f s (heap in use after it, after a full GC: %s)%n", (t1 - t0) / 1e9,
                    HeapPeak.mib(live));
            long t2 = System.nanoTime();
            int computed = new ComputedLineage(store, index, iris.lineageGraph()).syncAll();
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "computed-graph sync    %.1f s (%d triples written to meta/lineage)%n", (t3 - t2) / 1e9, computed);
            measure(store, index, new Catalogue(store, iris.recordNamespace()));
            print();
        }
    }

    private void measure(Tdb2LineageStore store, LineageIndex index, Catalogue catalogue) {
        LineageAnalytics indexOnly = new LineageAnalytics(index, null);
        LineageAnalytics withOperations = new LineageAnalytics(index, catalogue);
        LicenceInheritance licences = new LicenceInheritance(index);
        NaiveQueries naive = new NaiveQueries(store, options.naiveTimeoutSeconds() * 1000);
        List<String> models = randomModels(options.samples());
        String hub = graph.getProperty("hub");
        String root = graph.getProperty("root");

        // Warm-up, so the JIT has compiled the walks before they are timed.
        for (int i = 0; i < Math.min(300, models.size()); i++) {
            indexOnly.trace(models.get(i), 0);
            licences.of(models.get(i));
            if (i % 5 == 0) {
                withOperations.trace(models.get(models.size() - 1 - i), 0);
            }
        }
        for (int i = 0; i < 5; i++) {
            indexOnly.descendants(hub, 0, null, 0, 20);
            indexOnly.impact(root, 0, 20);
        }
        naive.rows("naive-ancestry", models.get(0));

        Timings ancestry = time(models, m -> indexOnly.trace(m, 0).orElseThrow().ancestors().size());
        Timings naiveAncestry = timeNaive(naive, models, m -> naive.rows("naive-ancestry", m));
        int[] agree = {0, 0};
        for (String m : models.subList(0, Math.min(options.naiveSamples(), models.size()))) {
            long rows = naive.rows("naive-ancestry", m);
            agree[0]++;
            agree[1] += rows == indexOnly.trace(m, 0).orElseThrow().ancestors().size() ? 1 : 0;
        }
        results.add(new Result("ancestry of a random model", "trace(iri, 0), index only", ancestry, naiveAncestry, 5,
                agree[1] + "/" + agree[0] + " same ancestors"));
        Timings traceFull = time(models.subList(0, Math.min(200, models.size())), m -> withOperations.trace(m, 0).orElseThrow().edges().size());
        results.add(new Result("ancestry of a random model", "trace(iri, 0) with operations from the store", traceFull, naiveAncestry, 5, ""));

        int hubTotal = indexOnly.descendants(hub, 0, null, 0, 20).orElseThrow().total();
        Timings descendants = repeat(1000, () -> indexOnly.descendants(hub, 0, null, 0, 20).orElseThrow().total());
        Timings naiveDescendants = timeNaive(naive, repeated(hub, Math.max(3, options.naiveSamples() / 6)),
                m -> naive.rows("naive-descendants", m));
        results.add(new Result("descendants summary of the biggest hub (" + graph.getProperty("hubChildren") + " children, " + hubTotal
                + " descendants)", "descendants(iri, 0, any kind, page of 20)", descendants, naiveDescendants, 50, ""));

        Timings licence = time(models, m -> licences.of(m).orElseThrow().rules().size());
        Timings naiveLicence = timeNaive(naive, models, m -> naive.rows("naive-licence", m));
        results.add(new Result("effective licence of a random model", "LicenceInheritance.of(iri)", licence, naiveLicence, 10,
                "naive only collects the licences"));

        int impactTotal = indexOnly.impact(root, 0, 20).orElseThrow().total();
        long naiveTotal = naive.count("naive-impact", root);
        Timings impact = repeat(1000, () -> indexOnly.impact(root, 0, 20).orElseThrow().total());
        Timings naiveImpact = timeNaive(naive, repeated(root, Math.max(3, options.naiveSamples() / 6)), m -> naive.count("naive-impact", m));
        results.add(new Result("impact of the biggest root (" + impactTotal + " descendants)", "impact(iri, page of 20)", impact, naiveImpact,
                200, naiveTotal == impactTotal ? "same count" : "naive counts " + naiveTotal));
    }

    private List<String> randomModels(int count) {
        int n = Integer.parseInt(graph.getProperty("models"));
        String prefix = graph.getProperty("modelPrefix");
        SplittableRandom random = new SplittableRandom(42);
        List<String> models = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            models.add(prefix + random.nextInt(n));
        }
        return models;
    }

    private static List<String> repeated(String iri, int times) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            list.add(iri);
        }
        return list;
    }

    /** Times {@code op} once per model; the result is kept in a sink so the work is not optimised away. */
    private static Timings time(List<String> models, java.util.function.ToLongFunction<String> op) {
        Timings t = new Timings();
        long sink = 0;
        for (String m : models) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += op.applyAsLong(m);
            t.add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
        }
        Sink.keep(sink);
        return t;
    }

    private static Timings repeat(int times, LongSupplier op) {
        Timings t = new Timings();
        long sink = 0;
        for (int i = 0; i < times; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += op.getAsLong();
            t.add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
        }
        Sink.keep(sink);
        return t;
    }

    /** The naive query over the first {@code --naive-samples} models; a timed-out run counts at the timeout. */
    private Timings timeNaive(NaiveQueries naive, List<String> models, java.util.function.ToLongFunction<String> op) {
        Timings t = new Timings();
        for (String m : models.subList(0, Math.min(options.naiveSamples(), models.size()))) {
            long start = System.nanoTime();
            long rows = op.applyAsLong(m);
            if (rows < 0) {
                t.timedOut(naive.timeoutNanos());
            } else {
                t.add(System.nanoTime() - start);
            }
        }
        return t;
    }

    private void print() {
        System.out.println();
        System.out.println("| question | how | samples | p50 | p99 | p99 CPU | target (p99) | naive samples | naive p50 | naive p99 | ratio p50 | ratio p99 | notes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            String lowerBound = r.naive().timeouts() > 0 ? "≥ " : "";
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %.3f ms | %.3f ms | %.3f ms | ≤ %.0f ms: %s | %d%s | %s%.1f ms | %s%.1f ms | %s%.0f× | %s%.0f× | %s |%n",
                    r.question(), r.how(), r.index().count(), r.index().millis(0.5), r.index().millis(0.99), r.index().cpuMillis(0.99), r.targetMillis(),
                    r.index().millis(0.99) <= r.targetMillis() ? "met" : "missed", r.naive().count(),
                    r.naive().timeouts() > 0 ? " (" + r.naive().timeouts() + " timed out)" : "", lowerBound, r.naive().millis(0.5), lowerBound,
                    r.naive().millis(0.99), lowerBound, r.naive().millis(0.5) / r.index().millis(0.5), lowerBound,
                    r.naive().millis(0.99) / r.index().millis(0.99), r.check());
        }
        long liveAtEnd = HeapPeak.liveBytesAfterGc();
        System.out.printf(Locale.ROOT, "%nheap: maximum (-Xmx) %s; in use after a full collection: %s at the end, at most %s;"
                + " full collections the JVM needed on its own: %d%n", HeapPeak.mib(HeapPeak.maxBytes()), HeapPeak.mib(liveAtEnd),
                HeapPeak.mib(Math.max(liveAtEnd, HeapPeak.peakAfterFullGcBytes())), HeapPeak.fullCollectionsUnasked());
    }

    /** Keeps a value alive so the JIT cannot drop the work that made it. */
    static final class Sink {
        static volatile long value;

        static void keep(long v) {
            value += v;
        }
    }
}
