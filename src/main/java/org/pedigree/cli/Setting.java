package org.pedigree.cli;

import java.util.Map;

/**
 * One configuration value and where it came from: a command-line flag wins over its
 * {@code PEDIGREE_*} environment variable, which wins over the default. Error messages name the
 * source, so the user knows what to change.
 */
record Setting(String value, String source) {

    static Setting of(String flagValue, String flag, Map<String, String> env, String variable, String defaultValue) {
        if (flagValue != null) {
            return new Setting(flagValue, flag);
        }
        String fromEnv = env.get(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Setting(fromEnv.strip(), "environment variable " + variable);
        }
        return new Setting(defaultValue, "default of " + flag);
    }

    boolean isSet() {
        return value != null;
    }

    ConfigException invalid(String why) {
        return new ConfigException(source + " = '" + value + "' " + why);
    }
}
