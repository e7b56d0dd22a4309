package org.pedigree.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a data command works, read once from flags and {@code PEDIGREE_*} variables: the embedded
 * store in {@code dataDir}, or a running server. {@code baseUri} is null when not given: the
 * store's own is used then, else {@link #DEFAULT_BASE}.
 */
record DataConfig(Path dataDir, String baseUri, URI server, String token) {
    static final String DEFAULT_BASE = "http://localhost:8080/";

    static DataConfig resolve(DataOptions options, Map<String, String> env) {
        Path data = ServeConfig.dataDir(Setting.of(options.data, "--data", env, "PEDIGREE_DATA", "data"));
        String base = ServeConfig.baseUri(Setting.of(options.baseUri, "--base-uri", env, "PEDIGREE_BASE_URI", null));
        Setting serverSetting = Setting.of(options.server, "--server", env, "PEDIGREE_SERVER", null);
        URI server = serverSetting.isSet() ? ServeConfig.httpUri(serverSetting) : null;
        Setting token = Setting.of(options.token, "--token", env, "PEDIGREE_TOKEN", null);
        return new DataConfig(data, base, server, token.value());
    }

    /** The data directory, checked to hold a store already ({@code command} names who needs it). */
    Path existingStore(String command) {
        if (!Files.exists(dataDir.resolve("tdb.lock"))) {
            throw new ConfigException("there is no store in " + dataDir + " to " + command
                    + ": point --data (or PEDIGREE_DATA) at a store, or use --server URL for a running server");
        }
        return dataDir;
    }

    boolean remote() {
        return server != null;
    }
}
