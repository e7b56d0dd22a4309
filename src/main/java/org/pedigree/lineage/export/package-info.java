/**
 * Exporters: one model's lineage as stored, written in another format — a Hugging Face card's
 * front matter, an SPDX 3.0.1 AI BOM, a CycloneDX 1.6 ML-BOM, or its record as Turtle or JSON-LD.
 * {@link org.pedigree.lineage.export.ModelExporter} is the entry point; what a format cannot
 * express is said in the output (a comment, or an SPDX/CycloneDX field for it).
 */
package org.pedigree.lineage.export;
