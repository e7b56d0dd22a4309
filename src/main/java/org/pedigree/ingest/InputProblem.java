package org.pedigree.ingest;

import org.pedigree.model.PedigreeProblem;

/**
 * An input that cannot be read as lineage records. The message names the source (and line,
 * record or field where known) and says how to fix it; nothing has been stored. A 400, exit code 1.
 */
public final class InputProblem extends PedigreeProblem {
    private static final long serialVersionUID = 1L;

    public InputProblem(String message) {
        super(Kind.INVALID_INPUT, message, null);
    }

    public InputProblem(String message, Throwable cause) {
        super(Kind.INVALID_INPUT, message, cause);
    }
}
