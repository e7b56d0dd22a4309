package org.pedigree.ingest.imports;

import java.util.List;

/**
 * What an import read: the records to write, the sources refused (one message each, naming the
 * source, the field and the fix) and the sources skipped because they hold no metadata.
 */
public record ImportBatch(List<org.pedigree.ingest.IncomingRecord> records, List<String> problems, List<String> skipped) {}
