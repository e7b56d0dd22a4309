package org.pedigree.ingest;

import org.pedigree.model.PedigreeProblem;

/**
 * A write that contradicts what is stored: creating an existing record, replacing or retiring a
 * missing one ({@link Kind#NOT_FOUND}, 404), or retiring a retired one ({@link Kind#CONFLICT}, 409).
 */
public final class RecordConflict extends PedigreeProblem {
    private static final long serialVersionUID = 1L;

    public RecordConflict(String message, boolean missing) {
        super(missing ? Kind.NOT_FOUND : Kind.CONFLICT, message, null);
    }

    /** True when the record does not exist (404), false when it already does (409). */
    public boolean missing() {
        return kind() == Kind.NOT_FOUND;
    }
}
