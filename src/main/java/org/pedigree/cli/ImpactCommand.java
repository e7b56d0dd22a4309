package org.pedigree.cli;

import java.io.PrintWriter;
import java.util.Optional;

import org.pedigree.lineage.LineageService;
import org.pedigree.model.DescendantTree;
import org.pedigree.model.Impact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pedigree impact MODEL}: every model downstream of a model (or, with {@code --dataset}, of a dataset). */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Everything downstream of a model, or of a dataset with --dataset: the models trained on it and all their descendants.")
final class ImpactCommand extends LineageCommand<Impact> {
    @Option(names = "--dataset", description = "MODEL names a dataset (owner/name).")
    boolean isDataset;

    @Option(names = "--limit", paramLabel = "N", description = "List at most N models (default 50; the counts cover all).")
    int limit = 50;

    ImpactCommand(CliContext context) {
        super(context, Impact.class);
    }

    @Override
    boolean dataset() {
        return isDataset;
    }

    @Override
    String apiPath(String kind, String ownerName) {
        return "api/" + kind + "/" + ownerName + "/impact?limit=" + Math.max(1, Math.min(limit, 1000));
    }

    @Override
    Optional<Impact> compute(LineageService lineage, String iri) {
        if (limit < 1) {
            throw new ConfigException("--limit must be 1 or more, not " + limit);
        }
        return lineage.analytics().impact(iri, 0, limit);
    }

    @Override
    void print(Impact impact, PrintWriter out) {
        out.println(impact.subject().label() + ": " + impact.total() + " model(s) downstream"
                + (impact.byDepth().isEmpty() ? "" : ", by distance " + impact.byDepth()));
        for (DescendantTree.Descendant d : impact.page()) {
            out.println("  ".repeat(Math.min(d.depth(), 10)) + d.node().label() + "  (" + d.kind() + ")");
        }
        if (impact.total() > impact.page().size()) {
            out.println("  … " + (impact.total() - impact.page().size()) + " more (--limit, or --json)");
        }
    }
}
