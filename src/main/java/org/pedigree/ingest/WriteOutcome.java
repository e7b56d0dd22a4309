package org.pedigree.ingest;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.pedigree.validate.Finding;

/**
 * What a write did: the records stored (with their new version, or unchanged), the records refused
 * and every finding, plus the SHACL report itself as RDF, and whether it was committed. A write of
 * which the shapes refused records is not committed unless it was partial: then nothing of it was
 * stored, and {@code stored} lists only what would have been (the records found unchanged).
 */
public record WriteOutcome(List<Stored> stored, List<String> refusedIds, List<Finding> findings, Graph report, boolean committed) {

    /** A record as stored: its id, its version number, and whether its content was unchanged. */
    public record Stored(String id, int version, boolean unchanged) {}

    public WriteOutcome {
        stored = List.copyOf(stored);
        refusedIds = List.copyOf(refusedIds);
        findings = List.copyOf(findings);
    }

    public List<Finding> violations() {
        return findings.stream().filter(Finding::refuses).toList();
    }

    /** This outcome of a write that was rolled back after all (a validation-only run). */
    WriteOutcome rolledBack() {
        return new WriteOutcome(stored, refusedIds, findings, report, false);
    }
}
