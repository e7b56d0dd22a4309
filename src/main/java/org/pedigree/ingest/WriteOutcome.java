package org.pedigree.ingest;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.pedigree.validate.Finding;

/**
 * What a write did: the records stored (with their new version, or unchanged), the records refused
 * and every finding, plus the SHACL report itself as RDF.
 */
public record WriteOutcome(List<Stored> stored, List<String> refusedIds, List<Finding> findings, Graph report) {

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
}
