/**
 * Importers of lineage metadata in other formats, one {@link org.pedigree.ingest.imports.ImportFormat}
 * each: Hugging Face model cards ({@code hf}) and the Hub's model-info answers ({@code hf-api}),
 * both by {@link org.pedigree.ingest.imports.HfImporter}; SPDX 3.0.1 AI and Dataset documents
 * ({@code spdx}, {@link org.pedigree.ingest.imports.SpdxImporter}); CycloneDX 1.5–1.7 ML-BOMs
 * ({@code cyclonedx}, {@link org.pedigree.ingest.imports.CycloneDxImporter}); and Croissant dataset
 * descriptions ({@code croissant}, {@link org.pedigree.ingest.imports.CroissantImporter}). Each
 * {@link org.pedigree.ingest.imports.Importer} builds every record as a
 * {@link org.pedigree.ingest.RecordDraft}, maps it with the same mapping as a record file, then adds
 * what that format has no field for (where each edge was declared, evaluation results …). The
 * records then go through the one write path, {@link org.pedigree.ingest.RecordWriter}.
 *
 * <p>A new format is a constant of {@code ImportFormat} (its name, help text, file endings, media
 * types and factory), its importer class, and its name in the OpenAPI document's enum.
 */
package org.pedigree.ingest.imports;
