/**
 * Lineage answers: {@code LineageIndex} (the derivation graph in memory), {@code LineageAnalytics}
 * (trace, descendants, impact, common ancestor, diff), licence inheritance, advisory propagation,
 * completeness, the computed facts of {@code meta/lineage} ({@code ComputedLineage}, the one writer
 * here, of that graph only), {@code LineageService} over all of it, and the read side of pages and
 * documents ({@code Catalogue}, {@code Descriptions}, {@code RecordHistory}, over
 * {@code store.StoreReads}); {@code ListingFacts}, what the browse lists show of each model and
 * dataset, read from the index. Browse indexes are in {@code lineage.browse}, exporters in
 * {@code lineage.export}. Does not know {@code ingest}.
 */
package org.pedigree.lineage;
