/**
 * Everything that gets records into the store: {@code RecordReaders} (RDF in any Jena syntax, the
 * YAML/JSON record format through {@code RecordDraft} and {@code RecordFormatMapping}, big quad files
 * as a stream), {@code RecordWriter}, the one write path (validate and version in one transaction,
 * return the outcome, tell its {@code CommitListener}s), SPARQL Update turned into records,
 * Pedigree's own {@code Knowledge} and the demo lineage. The importers of other formats are in
 * {@code ingest.imports}. Nothing else writes records.
 */
package org.pedigree.ingest;
