package org.pedigree.store;

import org.pedigree.model.PedigreeProblem;

/** A store that cannot be used as it is: unreachable, or configured in a way Pedigree cannot work with. The message says what to change. */
public final class StoreUnavailableException extends PedigreeProblem {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(Kind.UNAVAILABLE, message, cause);
    }
}
