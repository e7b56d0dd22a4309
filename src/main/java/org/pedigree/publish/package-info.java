/**
 * The server: {@code PedigreeServer} and its builder (validate every setting, then bind), the
 * {@code ServerSettings} it is given, {@code Routes} (every route and the exception table in one
 * method; it builds the web's handlers over a {@link org.pedigree.Pedigree}) and the Jetty details.
 * The rooms below hold the rest by role, each depending only on those before it:
 * {@code http} ← {@code view} ← {@code api} ← {@code edge} ← {@code pages} ← {@code data}.
 * Javalin, Fuseki and Jetty are used in this package tree only.
 */
package org.pedigree.publish;
