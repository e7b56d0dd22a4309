package org.pedigree.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What a command gets from the process, read once in {@link Main}: the environment, standard
 * input, and whether standard error is a terminal (for progress bars).
 */
record CliContext(Map<String, String> env, InputStream stdin, boolean terminal) {}
