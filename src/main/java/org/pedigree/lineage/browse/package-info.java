/**
 * The browse index: models and datasets with their words for search, facets and suggestions
 * ({@code BrowseIndex}, {@code BrowseEntry}), rebuilt in the background by {@code BrowseCatalogue}
 * when the store's generation moves. In-memory read models only; the pages that show them are in
 * {@code publish.pages}.
 */
package org.pedigree.lineage.browse;
