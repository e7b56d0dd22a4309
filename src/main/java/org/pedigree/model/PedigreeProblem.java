package org.pedigree.model;

import java.util.OptionalInt;

/**
 * A problem the user can fix, as opposed to a fault of Pedigree: its message says what is wrong
 * and what to change, and its {@link Kind} says, once for the whole program, what the server
 * answers ({@link Kind#httpStatus()}) and what the command line exits with
 * ({@link Kind#exitCode()}). The server's exception table and the command line's exit code each map
 * this one type; anything else that escapes is an internal error (500, exit code 2), logged with
 * its trace.
 *
 * <p>Each user-facing exception extends it and names its kind in its constructor:
 * <pre>
 * public final class InputProblem extends PedigreeProblem {
 *     public InputProblem(String message) { super(Kind.INVALID_INPUT, message, null); }
 * }
 * </pre>
 * It is an abstract class rather than a sealed interface because its subclasses live in the
 * packages that throw them ({@code ingest}, {@code store}, {@code publish}, {@code cli}), which a
 * sealed type outside a named module cannot span.
 */
public abstract class PedigreeProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What a problem means: to a client of the server (its HTTP status) and to a shell (its exit code). */
    public enum Kind {
        /** A flag, setting or environment variable has a value Pedigree cannot use. */
        USAGE(400, 1),
        /** An input (a record, a document to import, a backup) cannot be read or used as it is. */
        INVALID_INPUT(400, 1),
        /** The write names a record that does not exist (replacing or retiring it). */
        NOT_FOUND(404, 1),
        /** The write contradicts what is stored (creating an existing record, retiring a retired one). */
        CONFLICT(409, 1),
        /** What Pedigree needs is held by another process (the store's directory, the port) or does not answer (a remote store). */
        UNAVAILABLE(503, 1),
        /** The store's disk refused a write; nothing of it was stored. */
        STORE_FULL(507, 1);

        private final int httpStatus;
        private final int exitCode;

        Kind(int httpStatus, int exitCode) {
            this.httpStatus = httpStatus;
            this.exitCode = exitCode;
        }

        /** The status of the server's problem document. */
        public int httpStatus() {
            return httpStatus;
        }

        /** The exit code of the command line: 1, a problem the user can fix. */
        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    protected PedigreeProblem(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public final Kind kind() {
        return kind;
    }

    /**
     * When a client may try again, in seconds (an HTTP {@code Retry-After}), for a problem that
     * passes by itself (the server warming up); empty for the others.
     */
    public OptionalInt retryAfterSeconds() {
        return OptionalInt.empty();
    }

    /**
     * What a client of the server is told: the message of a problem with the request (4xx); of a
     * problem of the server (5xx), whose message speaks to the operator (it names directories,
     * processes), only that it is logged, unless a subclass says more.
     */
    public String publicDetail() {
        return kind.httpStatus() < 500 ? getMessage() : "The server cannot do this now; the reason is in its log.";
    }
}
