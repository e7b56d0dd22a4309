package org.pedigree.store;

import java.nio.file.Path;

import org.pedigree.model.PedigreeProblem;

/** The data directory is locked by another running process (usually another Pedigree server): unavailable, exit code 1. */
public final class StoreInUseException extends PedigreeProblem {
    private static final long serialVersionUID = 1L;

    public StoreInUseException(Path directory, String holder, Throwable cause) {
        super(Kind.UNAVAILABLE, "the store in " + directory + " is in use by another process" + (holder == null ? "" : " (pid " + holder + ")")
                + ": stop that process or point --data at another directory",
              cause);
    }
}
