package org.pedigree.store;

import java.nio.file.Path;

/**
 * A write could not reach the disk: the file system of the store is full (or failing). The
 * transaction was not committed, so the store holds what it held before; free space and retry.
 */
public final class StoreFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFullException(Path directory, Throwable cause) {
        super("cannot write to the store in " + directory + ": its file system is full or failing (" + rootMessage(cause)
                + "); nothing of this write was stored: free space there, then try again", cause);
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
