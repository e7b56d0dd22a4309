package org.pedigree.cli;

import org.pedigree.store.LineageStore;
import org.pedigree.store.StoreSettings;

/**
 * The base URI a command works under: the one its store remembers, else the one asked for, else a
 * fallback ({@link StoreSettings#resolveBaseUri}); asking for another than the store's is a usage
 * error that names the one to pass.
 */
final class BaseUriCheck {
    private BaseUriCheck() {}

    /** @param where the store's directory, for the message */
    static String resolve(LineageStore store, String askedFor, String fallback, String where) {
        try {
            return StoreSettings.resolveBaseUri(store, askedFor, fallback, where);
        } catch (IllegalStateException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
