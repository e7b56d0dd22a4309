package org.pedigree.ingest;

/**
 * One input of lineage records as it arrived: a file, standard input or an HTTP body.
 *
 * @param name      what to call it in messages (a path, "stdin", "request body")
 * @param bytes     the raw content
 * @param mediaType the declared media type, or null to go by the name's extension
 */
public record RecordSource(String name, byte[] bytes, String mediaType) {}
