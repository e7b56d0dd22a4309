package org.pedigree.store;

import java.nio.file.Path;

import org.pedigree.model.PedigreeProblem;

/**
 * A write could not reach the disk: the file system of the store is full (or failing). The
 * transaction was not committed, so the store holds what it held before; free space and retry.
 * A 507 (the message, which names the directory, stays in the server's log), exit code 1.
 */
public final class StoreFullException extends PedigreeProblem {
    private static final long serialVersionUID = 1L;

    StoreFullException(Path directory, Throwable cause) {
        super(Kind.STORE_FULL, "cannot write to the store in " + directory + ": its file system is full or failing (" + rootMessage(cause)
                + "); nothing of this write was stored: free space there, then try again", cause);
    }

    @Override
    public String publicDetail() {
        return "The store's disk is full: nothing of this write was stored. Try again once the operator has freed space.";
    }

    /** True when {@code e} (or a cause) is the disk refusing a write: ENOSPC, a quota, or a fault on a memory-mapped page. */
    static boolean isFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof InternalError && message.contains("unsafe memory access")
                    || message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
