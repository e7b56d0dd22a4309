/**
 * Exporters: one model's lineage as stored, written in one of the
 * {@link org.pedigree.lineage.export.ExportFormat}s — a Hugging Face card's front matter
 * ({@code hf}), an SPDX 3.0.1 AI BOM ({@code spdx}), a CycloneDX 1.6 ML-BOM ({@code cyclonedx}),
 * FAIR4ML or MLDCAT-AP Turtle by the crosswalk of the knowledge ({@code fair4ml}, {@code mldcat}),
 * or its record as Turtle or JSON-LD ({@code turtle}, {@code jsonld}); each format carries the media
 * type it is served as. {@link org.pedigree.lineage.export.ModelExporter} is the entry point; what a
 * format cannot express is said in the output (a comment, or an SPDX/CycloneDX field for it).
 */
package org.pedigree.lineage.export;
