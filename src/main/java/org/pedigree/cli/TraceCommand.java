package org.pedigree.cli;

import java.io.PrintWriter;
import java.util.Optional;

import org.pedigree.lineage.LineageService;
import org.pedigree.model.LineagePath;
import org.pedigree.model.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pedigree trace MODEL}: every ancestor of a model up to its roots, with each derivation's kind, operations and datasets. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Trace a model to its roots: every ancestor, each derivation's kind, the operations and datasets that made it.")
final class TraceCommand extends LineageCommand<Trace> {
    @Option(names = "--depth", paramLabel = "N", description = "Stop N derivations up (default: up to the roots).")
    int depth;

    TraceCommand(CliContext context) {
        super(context, Trace.class);
    }

    @Override
    String apiPath(String kind, String ownerName) {
        return "api/" + kind + "/" + ownerName + "/trace?depth=" + depth;
    }

    @Override
    Optional<Trace> compute(LineageService lineage, String iri) {
        if (depth < 0) {
            throw new ConfigException("--depth must be 0 (all) or more, not " + depth);
        }
        return lineage.analytics().trace(iri, depth);
    }

    @Override
    void print(Trace trace, PrintWriter out) {
        out.println(trace.model().label() + ": " + trace.ancestors().size() + " ancestor(s)"
                + (trace.depthLimit() > 0 ? " within " + trace.depthLimit() + " derivation(s)" : ""));
        for (LineagePath path : trace.paths()) {
            out.println("  " + path.words());
        }
        if (trace.pathsTruncated()) {
            out.println("  … more paths than listed (merges multiply them)");
        }
        for (Trace.Edge edge : trace.edges()) {
            out.println(name(edge.derived()) + " ← " + edge.kind() + " ← " + name(edge.source()));
            edge.operations().forEach(op -> out.println("    operation " + op.activity().label()
                    + (op.endedAt() != null ? ", ended " + op.endedAt() : op.startedAt() != null ? ", started " + op.startedAt() : "")
                    + (op.agents().isEmpty() ? "" : ", by " + String.join(", ", op.agents().stream().map(a -> a.label()).toList()))));
            edge.datasets().forEach(d -> out.println("    dataset " + d.dataset().label()
                    + (d.role() != null ? " as " + shortName(d.role()) : " (no role)") + (d.revision() != null ? " at " + d.revision() : " (no revision)")));
        }
    }

    private static String name(String iri) {
        int model = iri.indexOf("/model/");
        return model >= 0 ? iri.substring(model + 7) : iri;
    }

    static String shortName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
