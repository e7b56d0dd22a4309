package org.pedigree.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a seeded lineage graph of N models as N-Quads, one named graph per record, in the shape
 * Pedigree stores (a {@code ped:Model} with {@code prov:wasDerivedFrom} and a qualified derivation
 * carrying the kind, a licence; roots as {@code ped:RootModel} with a pre-training operation),
 * streaming, in O(N) small arrays. The shape is calibrated on the real Hugging Face lineage graph
 * (see docs/benchmarks.md): heavy-tailed fan-out (P(children ≥ k) ≈ k^-1.1 for parents, capped at
 * N/40 and at 5,000), about 3.5% multi-parent merges, quantizations as leaves, kinds in the real
 * shares, and a few chains 20 to 29 deep; licences mix permissive, llama-style, non-commercial,
 * share-alike and unknown; some models are trained on datasets, and a few advisories affect hubs.
 *
 * <p>Models are numbered breadth first (every base has a smaller number than its derivatives, so
 * the graph has no cycle); a model's children are the next free numbers, and when no model is left
 * to hand out children a new root starts. Next to the output it writes {@code OUT.properties}
 * with what the benchmark needs: the model IRIs, the biggest hub and the biggest root family.
 *
 * <p>Usage: {@code LineageGraphGenerator N OUT.nq [SEED] [BASE]}.
 */
public final class LineageGraphGenerator {
    static final String DEFAULT_BASE = "http://localhost:8080/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SCHEMA = "http://schema.org/";
    private static final String PED = "https://w3id.org/pedigree#";
    private static final String KIND = "https://w3id.org/pedigree/kind/";
    private static final String RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

    static final byte FINETUNE = 0;
    static final byte QUANTIZED = 1;
    static final byte MERGE = 2;
    static final byte ADAPTER = 3;
    static final byte ROOT = 4;

    /** Share of derived models per kind in the real graph (finetuned, quantized, merged, adapter). */
    private static final double[] KIND_SHARES = {0.512, 0.437, 0.039, 0.011};
    private static final String[][] KIND_IRIS = {
        {"finetune", "finetune", "instruction-tuning", "full-finetune", "preference-tuning"},
        {"gguf", "gguf", "gptq", "awq", "quantized", "exl2", "bitsandbytes"},
        {"merge", "merge-slerp", "merge-ties", "merge-dare"},
        {"adapter", "lora", "qlora"},
    };
    /** How many parents a merge has: 2 to 10, in the real shares. */
    private static final double[] MERGE_PARENTS = {0.45, 0.16, 0.15, 0.09, 0.05, 0.04, 0.03, 0.02, 0.01};
    /** Fan-out of a model that has derivatives: P(children ≥ k) = k^-ALPHA (measured 1.1 on the real graph). */
    private static final double ALPHA = 1.1;
    /**
     * Derivatives per model at depth 1, 2, 3 and deeper, measured on the real graph (models at the
     * next depth over models at this one); roots get a full fan-out draw.
     */
    private static final double[] OFFSPRING_BY_DEPTH = {0, 0.68, 0.54, 0.25, 0.35};
    /** How far back (in model numbers) a merge looks for its other parents: its family. */
    private static final int MERGE_WINDOW = 2_000;

    private final int n;
    private final String base;
    private final SplittableRandom random;
    private final int cap;
    private final int[] parent;
    private final byte[] kind;
    private final byte[] licence;
    private final short[] depth;
    private final int[] children;
    private final byte[] chain;
    private final Licences licences = new Licences();
    private final Map<Integer, Integer> advisoryOf = new HashMap<>();
    private final int datasets;
    private final int advisories;
    private final int chainSpacing;
    /** Chance that a non-quantized model at each depth has derivatives, from {@link #OFFSPRING_BY_DEPTH}. */
    private final double[] parentChance = new double[OFFSPRING_BY_DEPTH.length];
    private int merges;
    private int datasetUses;
    private long quads;

    LineageGraphGenerator(int n, long seed, String base) {
        this.n = n;
        this.base = base;
        this.random = new SplittableRandom(seed);
        this.cap = Math.max(10, Math.min(5_000, n / 40));
        this.parent = new int[n];
        this.kind = new byte[n];
        this.licence = new byte[n];
        this.depth = new short[n];
        this.children = new int[n];
        this.chain = new byte[n];
        this.datasets = Math.max(20, n / 1_000);
        this.advisories = Math.max(2, Math.min(20, n / 50_000));
        this.chainSpacing = Math.max(1_000, n / Math.max(2, n / 20_000));
        double meanFanout = 0;
        for (int k = 1; k <= cap; k++) {
            meanFanout += Math.pow(k, -ALPHA);
        }
        for (int d = 0; d < parentChance.length; d++) {
            parentChance[d] = Math.min(1, OFFSPRING_BY_DEPTH[d] / ((1 - KIND_SHARES[QUANTIZED]) * meanFanout));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LineageGraphGenerator N OUT.nq [SEED] [BASE]");
            System.exit(1);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261127L;
        String base = args.length > 3 ? args[3] : DEFAULT_BASE;
        LineageGraphGenerator generator = new LineageGraphGenerator(n, seed, base);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
            generator.write(w);
        }
        GraphShape shape = GraphShape.of(generator);
        Files.writeString(Path.of(out.toString().replaceFirst("\\.nq$", "") + ".properties"), shape.properties(base));
        System.err.print(shape.summary(generator.quads));
    }

    String model(int i) {
        return base + "model/gen/m" + i;
    }

    void write(Writer w) throws IOException {
        StringBuilder b = new StringBuilder(4096);
        for (int d = 0; d < datasets; d++) {
            writeDataset(b, d);
            flush(w, b);
        }
        int next = 1;
        int pendingChains = 0;
        for (int i = 0; i < n; i++) {
            boolean root = i == next || i == 0;
            if (root) {
                next = i + 1;
                kind[i] = ROOT;
                licence[i] = licences.forRoot(random);
            } else {
                kind[i] = chain[i] > 0 ? FINETUNE : drawKind();
                licence[i] = licences.forDerivative(random, licence[parent[i]]);
            }
            if (i % chainSpacing == chainSpacing / 2) {
                pendingChains++;
            }
            double chance = parentChance[Math.min(depth[i], parentChance.length - 1)];
            int fanout = root ? pareto() : kind[i] == QUANTIZED ? 0 : random.nextDouble() < chance ? pareto() : 0;
            byte chainBelow = chain[i] > 0 ? (byte) (chain[i] - 1) : 0;
            if (chain[i] == 0 && pendingChains > 0 && kind[i] != QUANTIZED) {
                pendingChains--;
                chainBelow = (byte) (20 + random.nextInt(10));
            }
            if (chainBelow > 0) {
                fanout = Math.max(1, fanout);
            }
            fanout = Math.min(fanout, n - next);
            for (int c = next; c < next + fanout; c++) {
                parent[c] = i;
                depth[c] = (short) (depth[i] + 1);
            }
            if (fanout > 0 && chainBelow > 0) {
                chain[next] = chainBelow;
            }
            children[i] = fanout;
            next += fanout;
            writeModel(b, i, root);
            if (fanout >= 20 && advisoryOf.size() < advisories && i >= (long) advisoryOf.size() * n / advisories) {
                int a = advisoryOf.size();
                advisoryOf.put(i, a);
                writeAdvisory(b, a, i);
            }
            flush(w, b);
        }
    }

    private void writeModel(StringBuilder b, int i, boolean root) {
        String g = "<" + base + "record/gen--m" + i + ">";
        String m = "<" + model(i) + ">";
        quad(b, m, RDF_TYPE, "<" + PED + "Model>", g);
        quad(b, m, RDF_TYPE, "<" + PROV + "Entity>", g);
        quad(b, m, "<" + SCHEMA + "name>", "\"m" + i + "\"", g);
        if (licence[i] >= 0) {
            quad(b, m, "<" + SCHEMA + "license>", "<" + licences.iri(licence[i]) + ">", g);
        }
        if (root) {
            String op = "<" + base + "activity/gen--m" + i + "--pretraining>";
            quad(b, m, RDF_TYPE, "<" + PED + "RootModel>", g);
            quad(b, m, "<" + PROV + "wasGeneratedBy>", op, g);
            quad(b, op, RDF_TYPE, "<" + PED + "TrainingOperation>", g);
            quad(b, op, "<" + PED + "operationKind>", "<" + KIND + "pretraining>", g);
            return;
        }
        derivation(b, i, parent[i], 0, g);
        if (kind[i] == MERGE) {
            merges++;
            int extra = 1 + draw(MERGE_PARENTS);
            int from = Math.max(0, i - MERGE_WINDOW);
            int[] taken = new int[extra];
            int found = 0;
            for (int tries = 0; found < extra && tries < extra * 8 && from < i; tries++) {
                int p = from + random.nextInt(i - from);
                if (p == parent[i] || kind[p] == QUANTIZED || contains(taken, found, p)) {
                    continue;
                }
                taken[found++] = p;
                derivation(b, i, p, found, g);
            }
        }
        Integer advisory = advisoryOf.get(parent[i]);
        if (advisory != null && random.nextDouble() < 0.2) {
            boolean fixed = random.nextBoolean();
            String s = "_:s" + i;
            quad(b, m, "<" + PED + "advisoryStatement>", s, g);
            quad(b, s, RDF_TYPE, "<" + PED + "AdvisoryStatement>", g);
            quad(b, s, "<" + PED + "about>", "<" + advisoryIri(advisory) + ">", g);
            quad(b, s, "<" + PED + "vexStatus>", "<" + PED + (fixed ? "Fixed>" : "NotAffected>"), g);
            quad(b, s, "<" + PED + "justification>", fixed ? "\"Re-trained from a clean checkpoint.\"" : "\"The affected layers were replaced.\"", g);
        }
        if ((kind[i] == FINETUNE || kind[i] == ADAPTER) && random.nextDouble() < 0.05) {
            datasetUses++;
            String op = "<" + base + "activity/gen--m" + i + "--sft>";
            String d = "<" + dataset(random.nextInt(datasets)) + ">";
            String u = "_:u" + i;
            quad(b, m, "<" + PROV + "wasGeneratedBy>", op, g);
            quad(b, op, RDF_TYPE, "<" + PED + "TrainingOperation>", g);
            quad(b, op, "<" + PROV + "used>", d, g);
            quad(b, op, "<" + PROV + "qualifiedUsage>", u, g);
            quad(b, u, "<" + PROV + "entity>", d, g);
            quad(b, u, "<" + PROV + "hadRole>", "<https://w3id.org/pedigree/role/finetuning>", g);
            quad(b, d, RDF_TYPE, "<" + SCHEMA + "Dataset>", g);
        }
    }

    private void derivation(StringBuilder b, int i, int base, int n, String g) {
        String m = "<" + model(i) + ">";
        String d = "_:d" + i + "x" + n;
        String[] iris = KIND_IRIS[kind[i]];
        quad(b, m, "<" + PROV + "wasDerivedFrom>", "<" + model(base) + ">", g);
        quad(b, m, "<" + PROV + "qualifiedDerivation>", d, g);
        quad(b, d, "<" + PROV + "entity>", "<" + model(base) + ">", g);
        quad(b, d, "<" + PED + "derivationKind>", "<" + KIND + iris[random.nextInt(iris.length)] + ">", g);
    }

    private void writeDataset(StringBuilder b, int d) {
        String g = "<" + base + "record/gen-dataset--d" + d + ">";
        String s = "<" + dataset(d) + ">";
        quad(b, s, RDF_TYPE, "<" + SCHEMA + "Dataset>", g);
        quad(b, s, RDF_TYPE, "<" + PROV + "Entity>", g);
        quad(b, s, "<" + SCHEMA + "name>", "\"d" + d + "\"", g);
        quad(b, s, "<" + SCHEMA + "version>", "\"v" + (d % 3 + 1) + "\"", g);
        byte l = licences.forDataset(random);
        if (l >= 0) {
            quad(b, s, "<" + SCHEMA + "license>", "<" + licences.iri(l) + ">", g);
        }
    }

    private void writeAdvisory(StringBuilder b, int a, int target) {
        String g = "<" + base + "record/advisory--gen-" + a + ">";
        String s = "<" + advisoryIri(a) + ">";
        String[] kinds = {"Vulnerability", "Backdoor", "DataPoisoning", "UnsafeSerialization", "LicenceChange"};
        quad(b, s, RDF_TYPE, "<" + PED + "Advisory>", g);
        quad(b, s, "<" + SCHEMA + "name>", "\"Generated advisory " + a + "\"", g);
        quad(b, s, "<" + PED + "affects>", "<" + model(target) + ">", g);
        quad(b, s, "<" + PED + "advisoryKind>", "<" + PED + kinds[a % kinds.length] + ">", g);
        quad(b, s, "<" + PED + "severity>", a % 3 == 0 ? "\"high\"" : "\"medium\"", g);
    }

    private String dataset(int d) {
        return base + "dataset/gen/d" + d;
    }

    private String advisoryIri(int a) {
        return base + "advisory/gen-" + a;
    }

    private void quad(StringBuilder b, String s, String p, String o, String g) {
        b.append(s).append(' ').append(p).append(' ').append(o).append(' ').append(g).append(" .\n");
        quads++;
    }

    private static void flush(Writer w, StringBuilder b) throws IOException {
        if (b.length() > 0) {
            w.append(b);
            b.setLength(0);
        }
    }

    private byte drawKind() {
        return (byte) draw(KIND_SHARES);
    }

    private int draw(double[] shares) {
        double u = random.nextDouble();
        for (int k = 0; k < shares.length; k++) {
            u -= shares[k];
            if (u < 0) {
                return k;
            }
        }
        return shares.length - 1;
    }

    private int pareto() {
        double u = 1.0 - random.nextDouble();
        return (int) Math.min(cap, Math.floor(Math.pow(u, -1.0 / ALPHA)));
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return n;
    }

    int parentOf(int i) {
        return parent[i];
    }

    byte kindOf(int i) {
        return kind[i];
    }

    short depthOf(int i) {
        return depth[i];
    }

    int childrenOf(int i) {
        return children[i];
    }

    int merges() {
        return merges;
    }

    int datasetUses() {
        return datasetUses;
    }

    int advisoryCount() {
        return advisoryOf.size();
    }
}
