/**
 * What a request meets before Fuseki and Javalin: {@code EdgeFilter} (CORS, the bare
 * {@code /sparql} page, the cap on queries running at once, 304s, SPARQL writes turned to Javalin),
 * the read-only SPARQL endpoint ({@code SparqlEndpoint}) and, with a remote store,
 * {@code SparqlProxy}; the service description, security headers, HEAD, the access log.
 */
package org.pedigree.publish.edge;
