package org.pedigree.ingest;

/** The shapes refused records of an all-or-nothing write: nothing was stored. */
public final class RecordsRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient WriteOutcome outcome;

    public RecordsRefused(WriteOutcome outcome) {
        super(outcome.refusedIds().size() + " record(s) refused by the shapes: " + String.join(", ", outcome.refusedIds())
                + " — nothing was stored.");
        this.outcome = outcome;
    }

    public WriteOutcome outcome() {
        return outcome;
    }
}
