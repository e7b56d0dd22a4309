package org.pedigree.lineage;

import java.util.OptionalInt;

import org.pedigree.model.PedigreeProblem;

/**
 * Asked for lineage while the index is still being loaded or built after a start: the server
 * answers 503 with {@code Retry-After}, and says so in words (nothing to hide from a client here).
 */
public final class LineageWarmingUp extends PedigreeProblem {
    private static final long serialVersionUID = 1L;
    static final int RETRY_AFTER_SECONDS = 5;

    /** @param state what the server is still doing, in words ("loading its snapshot", "making the browse lists") */
    public LineageWarmingUp(String state) {
        super(Kind.UNAVAILABLE, "The server has just started and is still " + state + "; lineage answers in a few seconds: retry in "
                + RETRY_AFTER_SECONDS + " s.", null);
    }

    @Override
    public OptionalInt retryAfterSeconds() {
        return OptionalInt.of(RETRY_AFTER_SECONDS);
    }

    @Override
    public String publicDetail() {
        return getMessage();
    }
}
