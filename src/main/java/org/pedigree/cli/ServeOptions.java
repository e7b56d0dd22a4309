package org.pedigree.cli;

import picocli.CommandLine.Option;

/**
 * The options of {@code pedigree serve} as given (null when a flag was not given), turned into a
 * checked {@link ServeConfig} by {@link ServeConfig#resolve}, with the {@code PEDIGREE_*} variables.
 */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "PORT", description = "TCP port, 0 for any free one (PEDIGREE_PORT; default 8080).")
    String port;

    @Option(names = "--data", paramLabel = "DIR", description = "Directory of the embedded TDB2 store (PEDIGREE_DATA; default ./data).")
    String data;

    @Option(names = "--base-uri", paramLabel = "URL",
            description = "Base URI of instance IRIs (PEDIGREE_BASE_URI; default http://localhost:PORT/).")
    String baseUri;

    @Option(names = "--store", paramLabel = "tdb2|remote", description = "Store kind (PEDIGREE_STORE; default tdb2).")
    String store;

    @Option(names = "--store-url", paramLabel = "URL", description = "SPARQL service of a remote store (PEDIGREE_STORE_URL).")
    String storeUrl;

    @Option(names = "--no-demo", description = "Do not load the demo lineage into an empty store (PEDIGREE_NO_DEMO=true).")
    boolean noDemo;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", description = "Stop a SPARQL query after this long (PEDIGREE_QUERY_TIMEOUT; default 30).")
    String queryTimeout;

    @Option(names = "--max-queries", paramLabel = "N", description = "SPARQL queries that may run at once; more get 503 (PEDIGREE_MAX_QUERIES; default 8).")
    String maxQueries;

    @Option(names = "--service-allow", paramLabel = "URL[,URL…]",
            description = "The only SPARQL endpoints a SERVICE clause may call (PEDIGREE_SERVICE_ALLOW; default none: SERVICE is off).")
    String serviceAllow;

    @Option(names = "--compact-threshold", paramLabel = "SIZE|off",
            description = "Compact the store in the background once it has grown by SIZE, e.g. 512m or 2g (PEDIGREE_COMPACT_THRESHOLD; default "
                    + ServeConfig.DEFAULT_COMPACT_THRESHOLD + "; off: only by `pedigree compact`).")
    String compactThreshold;

    @Option(names = "--page-cache", paramLabel = "SIZE",
            description = "Keep rendered pages and documents in memory, up to SIZE (e.g. 64m or 512k), until the store changes "
                    + "(PEDIGREE_PAGE_CACHE; default "
                    + ServeConfig.DEFAULT_PAGE_CACHE + "; 0: off).")
    String pageCache;
}
