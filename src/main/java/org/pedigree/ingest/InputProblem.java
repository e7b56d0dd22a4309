package org.pedigree.ingest;

/**
 * An input that cannot be read as lineage records. The message names the source (and line,
 * record or field where known) and says how to fix it; nothing has been stored.
 */
public final class InputProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputProblem(String message) {
        super(message);
    }

    public InputProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
