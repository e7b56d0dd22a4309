package org.pedigree.cli;

import org.pedigree.model.PedigreeProblem;

/** A flag or environment variable has a value Pedigree cannot use; the message names it and the fix (exit code 1). */
public final class ConfigException extends PedigreeProblem {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(Kind.USAGE, message, null);
    }
}
