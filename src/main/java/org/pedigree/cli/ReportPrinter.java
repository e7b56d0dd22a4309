package org.pedigree.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pedigree.ingest.WriteOutcome;
import org.pedigree.validate.Finding;

/** Writes the outcome of a load or validate run in words (for people), as JSON, or as the SHACL report in Turtle. */
final class ReportPrinter {
    enum Format { WORDS, JSON, TURTLE }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportPrinter() {}

    static void print(WriteOutcome outcome, Format format, boolean stored, PrintWriter out) {
        switch (format) {
            case WORDS -> words(outcome, stored, out);
            case JSON -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("conforms", outcome.violations().isEmpty());
                json.put("stored", stored ? outcome.stored() : List.of());
                json.put("refused", outcome.refusedIds());
                json.put("findings", outcome.findings());
                try {
                    out.println(JSON.writeValueAsString(json));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            case TURTLE -> {
                StringWriter turtle = new StringWriter();
                RDFDataMgr.write(turtle, outcome.report(), Lang.TURTLE);
                out.print(turtle);
            }
        }
        out.flush();
    }

    private static void words(WriteOutcome outcome, boolean stored, PrintWriter out) {
        String currentRecord = null;
        for (Finding f : outcome.findings()) {
            String record = f.source() + ", record " + f.recordId();
            if (!record.equals(currentRecord)) {
                out.println(record + ":");
                currentRecord = record;
            }
            StringBuilder line = new StringBuilder("  ").append(String.format("%-9s", f.severity())).append(' ').append(f.focus());
            if (f.path() != null) {
                line.append(" ").append(f.path());
            }
            if (f.value() != null && (f.message() == null || !f.message().contains(f.value()))) {
                line.append(" = ").append(f.value());
            }
            out.println(line);
            out.println("            " + f.message());
        }
        long violations = outcome.violations().size();
        long warnings = outcome.findings().size() - violations;
        if (!outcome.refusedIds().isEmpty()) {
            out.println("Refused " + outcome.refusedIds().size() + " record(s): " + String.join(", ", outcome.refusedIds())
                    + (stored && !outcome.stored().isEmpty() ? "" : " — nothing was stored."));
        }
        if (stored) {
            long unchanged = outcome.stored().stream().filter(WriteOutcome.Stored::unchanged).count();
            out.println("Stored " + (outcome.stored().size() - unchanged) + " record(s)"
                    + (unchanged > 0 ? ", " + unchanged + " unchanged" : "")
                    + (warnings > 0 ? "; " + warnings + " warning(s) and note(s) above" : "") + ".");
        } else if (outcome.refusedIds().isEmpty()) {
            out.println("Valid: " + outcome.stored().size() + " record(s) conform"
                    + (warnings > 0 ? "; " + warnings + " warning(s) and note(s) above" : "") + ".");
        }
    }
}
