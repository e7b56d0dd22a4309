package org.pedigree.store;

import org.pedigree.model.PedigreeProblem;

/** A backup cannot be used: missing, without its checksum, damaged or unreadable. The message names the file and the fix. An invalid input (exit code 1). */
public final class BackupProblem extends PedigreeProblem {
    private static final long serialVersionUID = 1L;

    public BackupProblem(String message) {
        super(Kind.INVALID_INPUT, message, null);
    }

    public BackupProblem(String message, Throwable cause) {
        super(Kind.INVALID_INPUT, message, cause);
    }
}
