package org.pedigree.publish;

/** The port asked for is taken by another process. */
public final class PortInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PortInUseException(int port, Throwable cause) {
        super("port " + port + " is already in use by another process: stop it, or choose another port with --port or PEDIGREE_PORT", cause);
    }
}
