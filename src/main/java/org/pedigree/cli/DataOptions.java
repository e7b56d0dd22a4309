package org.pedigree.cli;

import picocli.CommandLine.Option;

/** The options every command that reads or writes records shares (picocli mixin). */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Directory of the embedded store (PEDIGREE_DATA; default ./data).")
    String data;

    @Option(names = "--base-uri", paramLabel = "URL",
            description = "Base URI of instance IRIs; use the same as `serve` (PEDIGREE_BASE_URI; default http://localhost:8080/).")
    String baseUri;

    @Option(names = "--server", paramLabel = "URL", description = "Work on a running Pedigree server instead of --data (PEDIGREE_SERVER).")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Write token for --server (PEDIGREE_TOKEN).")
    String token;
}
