/**
 * The command line (picocli): {@code Main} maps problems to exit codes once; each command
 * translates its options into calls on a {@link org.pedigree.Pedigree} over the local store
 * ({@code LocalStore}) or on a running server ({@code --server}); {@code ServeConfig} and
 * {@code DataConfig} are the configuration, read once from options and {@code PEDIGREE_*}
 * variables — the only code that reads the environment.
 */
package org.pedigree.cli;
