/**
 * HTTP protocol helpers shared by every handler: the one table of RDF representations
 * ({@code RdfFormat}) and content negotiation ({@code Negotiation}), ETags and 304s
 * ({@code HttpCaching}), upload bodies and their limit, bearer tokens, the write rate limit and the
 * {@code WriteGate} that applies both, page links ({@code Site}) and the JSON-LD writer. No
 * handlers and no templates here.
 */
package org.pedigree.publish.http;
