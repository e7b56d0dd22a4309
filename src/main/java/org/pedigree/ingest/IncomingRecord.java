package org.pedigree.ingest;

import org.apache.jena.graph.Graph;

/**
 * One lineage record read from a source, not yet stored.
 *
 * @param id           the record id ({@code owner--name})
 * @param graph        its triples, IRIs resolved against the base URI
 * @param sourceName   the file or input it came from
 * @param format       the input format (turtle, trig, jsonld, yaml …)
 * @param sourceSha256 SHA-256 of the whole source it came from
 */
public record IncomingRecord(String id, Graph graph, String sourceName, String format, String sourceSha256) {}
