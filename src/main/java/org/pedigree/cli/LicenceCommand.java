package org.pedigree.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

import org.pedigree.lineage.LineageService;
import org.pedigree.model.EffectiveLicence;
import picocli.CommandLine.Command;

/** {@code pedigree licence MODEL}: the effective licence constraints of a model, each with the path it came along, and the conflicts. */
@Command(name = "licence", aliases = "license", mixinStandardHelpOptions = true,
        description = "The effective licence of a model: its own licence with every ancestor's and training dataset's, each rule explained by its path, and the conflicts.")
final class LicenceCommand extends LineageCommand<EffectiveLicence> {
    LicenceCommand(CliContext context) {
        super(context, EffectiveLicence.class);
    }

    @Override
    String apiPath(String kind, String ownerName) {
        return "api/" + kind + "/" + ownerName + "/licence";
    }

    @Override
    Optional<EffectiveLicence> compute(LineageService lineage, String iri) {
        return lineage.licences().of(iri);
    }

    @Override
    void print(EffectiveLicence licence, PrintWriter out) {
        out.println(licence.model().label() + " declares " + (licence.declared().isEmpty() ? "no licence"
                : String.join(", ", licence.declared().stream().map(TraceCommand::shortName).toList())));
        out.println("Effective restrictions: " + (licence.restrictions().isEmpty() ? "none" : String.join(", ", licence.restrictions())));
        for (EffectiveLicence.Rule rule : licence.rules()) {
            out.println("  " + rule.explanation());
        }
        if (licence.conflicts().isEmpty()) {
            out.println("No licence conflict.");
        }
        for (EffectiveLicence.Conflict conflict : licence.conflicts()) {
            out.println(conflict.severity().toUpperCase(Locale.ROOT) + " " + conflict.rule() + ": " + conflict.message());
        }
    }
}
