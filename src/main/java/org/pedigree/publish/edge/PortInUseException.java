package org.pedigree.publish.edge;

import org.pedigree.model.PedigreeProblem;

/** The port asked for is taken by another process: unavailable, exit code 1. */
public final class PortInUseException extends PedigreeProblem {
    private static final long serialVersionUID = 1L;

    public PortInUseException(int port, Throwable cause) {
        super(Kind.UNAVAILABLE, "port " + port + " is already in use by another process: stop it, or choose another port with --port or PEDIGREE_PORT", cause);
    }
}
