/**
 * Validation: {@code LineageValidator} runs the SHACL shapes of {@code shapes/} over records plus
 * Pedigree's knowledge; reports as RDF, as findings and as stable lines of words
 * ({@code ReportLines}). Stores nothing; the writer in {@code ingest} calls it inside its write
 * transaction.
 */
package org.pedigree.validate;
