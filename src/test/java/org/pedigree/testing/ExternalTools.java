package org.pedigree.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Third-party RDF clients for interoperability tests: Raptor's {@code rapper} (Debian
 * raptor2-utils) and Python rdflib (Debian python3-rdflib, run with the system Python). Missing
 * tools skip the test, unless {@code -Dpedigree.requireTools=true} (set by CI), where they fail it.
 */
public final class ExternalTools {
    public static final Path RAPPER = Path.of("/usr/bin/rapper");
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    /** What a tool printed and how it ended. */
    public record Run(int exit, String output) {}

    private ExternalTools() {}

    public static void require(Path tool, String check) {
        boolean present = Files.isExecutable(tool) && (check == null || run(List.of(tool.toString(), "-c", check)).exit() == 0);
        if (!present) {
            String why = tool + " is not usable here (apt-get install raptor2-utils python3-rdflib)";
            if (Boolean.getBoolean("pedigree.requireTools")) {
                fail(why + ", and pedigree.requireTools=true");
            }
            assumeTrue(false, why);
        }
    }

    public static Run run(List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Run(-1, output + "\n(timed out)");
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            return new Run(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, e.toString());
        }
    }
}
