package org.pedigree.ingest;

/** A write that contradicts what is stored: creating an existing record, replacing or retiring a missing one. */
public final class RecordConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean missing;

    public RecordConflict(String message, boolean missing) {
        super(message);
        this.missing = missing;
    }

    /** True when the record does not exist (404), false when it already does (409). */
    public boolean missing() {
        return missing;
    }
}
