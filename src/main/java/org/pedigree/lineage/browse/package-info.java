/**
 * The browse index: models and datasets with their words for search, facets and suggestions
 * ({@code BrowseIndex}, {@code BrowseEntry}), made by {@code BrowseCatalogue} from rows of the
 * lineage index ({@code BrowseRows}) that follow its writes. In-memory read models only; the pages that show them are in
 * {@code publish.pages}.
 */
package org.pedigree.lineage.browse;
