package org.pedigree.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pedigree.ingest.WriteOutcome;
import org.pedigree.validate.Finding;

/**
 * Writes the outcome of a load or validate run in words (for people), as JSON, or as the SHACL
 * report in Turtle. In words, a run with more than {@link #LISTED_UP_TO} findings is summarised:
 * one entry per kind of finding (the rule that gave it) with its count and three examples, then
 * every finding of the first refused records; {@code --verbose} lists every finding, as JSON and
 * Turtle always do.
 */
final class ReportPrinter {
    enum Format { WORDS, JSON, TURTLE }

    /** Up to this many findings, the words report lists every one. */
    static final int LISTED_UP_TO = 20;
    /** Examples shown for each kind of finding. */
    static final int EXAMPLES = 3;
    /** Refused records whose findings a summary lists in full. */
    static final int REFUSED_LISTED = 5;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportPrinter() {}

    static void print(WriteOutcome outcome, Format format, boolean verbose, boolean stored, PrintWriter out) {
        switch (format) {
            case WORDS -> words(outcome, verbose, stored, out);
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

    private static void words(WriteOutcome outcome, boolean verbose, boolean stored, PrintWriter out) {
        List<Finding> findings = outcome.findings();
        boolean summary = !verbose && findings.size() > LISTED_UP_TO;
        if (summary) {
            summarised(findings, outcome.refusedIds(), out);
        } else {
            listed(findings, out);
        }
        String above = summary ? "summarised above (--verbose lists every one)" : "above";
        long violations = outcome.violations().size();
        long warnings = findings.size() - violations;
        if (!outcome.refusedIds().isEmpty()) {
            out.println("Refused " + outcome.refusedIds().size() + " record(s): " + String.join(", ", outcome.refusedIds())
                    + (stored && !outcome.stored().isEmpty() ? "" : " — nothing was stored."));
        }
        if (stored) {
            long unchanged = outcome.stored().stream().filter(WriteOutcome.Stored::unchanged).count();
            out.println("Stored " + (outcome.stored().size() - unchanged) + " record(s)"
                    + (unchanged > 0 ? ", " + unchanged + " unchanged" : "")
                    + (warnings > 0 ? "; " + warnings + " warning(s) and note(s) " + above : "") + ".");
        } else if (outcome.refusedIds().isEmpty()) {
            out.println("Valid: " + outcome.stored().size() + " record(s) conform"
                    + (warnings > 0 ? "; " + warnings + " warning(s) and note(s) " + above : "") + ".");
        }
    }

    /** Every finding, record by record. */
    private static void listed(List<Finding> findings, PrintWriter out) {
        String currentRecord = null;
        for (Finding f : findings) {
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
    }

    /** Three records a kind of finding touches: {@code m1, m2, m3 in a.trig}, or {@code m1 in a.trig; m2 in b.trig}. */
    private static String examples(List<Finding> kind) {
        List<Finding> examples = kind.stream().filter(distinctRecords()).limit(EXAMPLES).toList();
        if (examples.stream().map(Finding::source).distinct().count() == 1) {
            return String.join(", ", examples.stream().map(Finding::recordId).toList()) + " in " + examples.getFirst().source();
        }
        return String.join("; ", examples.stream().map(f -> f.recordId() + " in " + f.source()).toList());
    }

    /** A filter that lets through the first finding of each record (source and id). */
    private static Predicate<Finding> distinctRecords() {
        Set<String> seen = new HashSet<>();
        return f -> seen.add(f.source() + " " + f.recordId());
    }

    /**
     * One entry per kind of finding, violations first and then the most frequent: the count, the
     * records it touches, the message of its first example and the records of three; then every
     * finding of the first refused records, so what stops a record is in front of the user.
     */
    private static void summarised(List<Finding> findings, List<String> refusedIds, PrintWriter out) {
        Map<String, List<Finding>> kinds = new LinkedHashMap<>();
        for (Finding f : findings) {
            kinds.computeIfAbsent(f.severity() + " " + f.rule() + " " + f.path(), k -> new ArrayList<>()).add(f);
        }
        List<List<Finding>> ordered = new ArrayList<>(kinds.values());
        ordered.sort(Comparator.comparing((List<Finding> kind) -> !kind.getFirst().refuses()).thenComparing(kind -> -kind.size()));
        long records = findings.stream().filter(distinctRecords()).count();
        out.println(findings.size() + " findings in " + records + " record(s), " + ordered.size() + " kind(s) (--verbose lists every one):");
        for (List<Finding> kind : ordered) {
            Finding first = kind.getFirst();
            long touched = kind.stream().filter(distinctRecords()).count();
            out.println("  " + String.format("%-9s", first.severity()) + " " + kind.size() + " × " + (first.rule() == null ? "finding" : first.rule())
                    + (first.path() == null ? "" : " (" + first.path() + ")") + ", in " + touched + " record(s)");
            out.println("            " + first.message());
            out.println("            e.g. " + examples(kind));
        }
        if (!refusedIds.isEmpty()) {
            List<String> shown = refusedIds.subList(0, Math.min(REFUSED_LISTED, refusedIds.size()));
            out.println(refusedIds.size() > shown.size()
                    ? "The first " + shown.size() + " refused records in full (--verbose lists all " + refusedIds.size() + "):"
                    : "The refused record(s) in full:");
            listed(findings.stream().filter(f -> shown.contains(f.recordId())).toList(), out);
        }
    }
}
