/**
 * The JSON API and the write side of HTTP: records ({@code RecordsApi}, imports through
 * {@code Importers}), SPARQL Update and the Graph Store ({@code SparqlWrites}), the lineage
 * analytics ({@code LineageApi}), exports, admin (backup, compaction), the OpenAPI document and
 * {@code WriteResults}, the one way a write outcome becomes an answer. Handlers parse, call the
 * application and answer; they do not store or decide errors themselves.
 */
package org.pedigree.publish.api;
