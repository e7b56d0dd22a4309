package org.pedigree.ingest;

/** Told how far a write has got, phase by phase ("stored", "validated"), so long loads can show progress. */
@FunctionalInterface
public interface WriteProgress {
    WriteProgress NONE = (phase, done, total) -> { };

    void update(String phase, int done, int total);
}
