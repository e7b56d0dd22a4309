package org.pedigree.cli;

/** A flag or environment variable has a value Pedigree cannot use; the message names it and the fix. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
