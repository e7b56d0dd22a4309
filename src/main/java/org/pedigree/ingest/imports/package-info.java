/**
 * Importers of lineage metadata in other formats (Hugging Face model cards and Hub model-info
 * answers): each converts its input to the Pedigree record format and maps it with the same
 * mapping as a record file, then adds what that format has no field for (where each edge was
 * declared, evaluation results …). The records then go through the one write path,
 * {@link org.pedigree.ingest.RecordWriter}.
 */
package org.pedigree.ingest.imports;
