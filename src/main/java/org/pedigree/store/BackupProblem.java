package org.pedigree.store;

/** A backup cannot be used: missing, without its checksum, damaged or unreadable. The message names the file and the fix. */
public final class BackupProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackupProblem(String message) {
        super(message);
    }

    public BackupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
