package org.pedigree.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.pedigree.lineage.export.ExportFormat;
import org.pedigree.lineage.export.ModelExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code pedigree export}: one model's lineage in another format. The {@code --format} option is
 * declared from {@link ExportFormat}, so its label lists every format.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write one model's lineage as a Hugging Face card's front matter (hf), an SPDX 3.0.1 AI BOM (spdx),",
            "a CycloneDX 1.6 ML-BOM (cyclonedx), FAIR4ML or MLDCAT-AP Turtle (fair4ml, mldcat), or its record as Turtle or",
            "JSON-LD. What a format cannot express is said in the output. See docs/export.md."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model: its Hugging Face id (owner/name) or its IRI.")
    String model;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    DataOptions data;

    private CommandSpec spec;

    private final CliContext context;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.addOption(OptionSpec.builder("--format").required(true).type(String.class)
                .paramLabel(String.join("|", ExportFormat.ids())).description("The format to write.").build());
    }

    @Override
    public Integer call() {
        String format = spec.findOption("--format").getValue();
        ExportFormat chosen = ExportFormat.of(format).orElseThrow(() -> new ConfigException("--format = '" + format
                + "' is not an export format: use " + String.join(", ", ExportFormat.ids())));
        DataConfig config = DataConfig.resolve(data, context.env());
        if (config.remote()) {
            throw new ConfigException("export reads the store in --data; from a running server, fetch the model's Turtle or JSON-LD "
                    + "at SERVER/model/OWNER/NAME.ttl or .jsonld instead");
        }
        try (LocalStore local = LocalStore.open(config)) {
            ModelExporter exporter = local.pedigree.exporter();
            String text = exporter.export(model, chosen).orElseThrow(() -> new ConfigException("no record describes the model "
                    + exporter.modelIri(model) + " in " + config.dataDir() + " — load or import it first"));
            if (out == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                try {
                    Files.writeString(out, text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new ConfigException(out + ": cannot be written — " + e.getMessage());
                }
                spec.commandLine().getErr().println("Wrote " + chosen.id() + " of " + exporter.modelIri(model) + " to " + out + ".");
            }
            return 0;
        }
    }
}
