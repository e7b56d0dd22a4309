/**
 * Storage: the {@code LineageStore} seam (transactions, generation, {@code select}, and
 * {@code reads()}, the {@code StoreReads} every backend answers alike) with its two backends,
 * {@code Tdb2LineageStore} (embedded, with its {@code LocalStorage}: the dataset, compaction) and
 * {@code RemoteLineageStore} (any SPARQL 1.1 service); {@code .rq} queries ({@code SparqlQueries}),
 * {@code GenerationCache} for values derived from the store, tokens, backups, restore and
 * compaction. The only package that may use TDB2. Knows no lineage rules and no record format.
 */
package org.pedigree.store;
