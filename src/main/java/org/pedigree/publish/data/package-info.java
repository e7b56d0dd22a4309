/**
 * What harvesters and operators fetch whole: VoID and DCAT ({@code DataAccess},
 * {@code DatasetDescription}), dumps with checksums ({@code Dumps}), sitemaps, robots, the JSON-LD
 * context, static assets and the health checks.
 */
package org.pedigree.publish.data;
