package org.pedigree.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pedigree.publish.ServerSettings;
import org.pedigree.store.Sizes;

/**
 * The configuration of {@code pedigree serve}, read once from flags ({@link ServeOptions}) and
 * {@code PEDIGREE_*} environment variables and checked before anything starts; what the server
 * itself takes is {@link #serverSettings()}.
 *
 * @param port      TCP port, 0 for any free one
 * @param dataDir   directory of the embedded TDB2 store
 * @param baseUri   base URI of instance IRIs (ends with '/'), or null for http://localhost:PORT/
 * @param store     which store to run on
 * @param storeUrl  the remote store's URL (only with {@link StoreKind#REMOTE})
 * @param loadDemo  load the demo lineage into an empty store
 * @param queryTimeout how long a SPARQL query may run
 * @param maxQueries   how many SPARQL queries may run at once
 * @param serviceAllowList the only endpoints SPARQL SERVICE may call (empty: SERVICE is off)
 * @param compactThreshold compact the store when it has grown by this many bytes (0: never automatically)
 * @param pageCache    the bytes of rendered answers kept in memory (0: none)
 */
public record ServeConfig(int port, Path dataDir, String baseUri, StoreKind store, URI storeUrl, boolean loadDemo,
                          Duration queryTimeout, int maxQueries, Set<String> serviceAllowList,
                          long compactThreshold, long pageCache) {
    /** The default growth that triggers an automatic compaction. */
    static final String DEFAULT_COMPACT_THRESHOLD = "1g";
    /** The default bound of the rendered answers kept in memory. */
    static final String DEFAULT_PAGE_CACHE = "64m";

    static ServeConfig resolve(ServeOptions options, Map<String, String> env) {
        int port = port(Setting.of(options.port, "--port", env, "PEDIGREE_PORT", "8080"));
        Path data = dataDir(Setting.of(options.data, "--data", env, "PEDIGREE_DATA", "data"));
        String base = baseUri(Setting.of(options.baseUri, "--base-uri", env, "PEDIGREE_BASE_URI", null));
        StoreKind store = store(Setting.of(options.store, "--store", env, "PEDIGREE_STORE", "tdb2"));
        Setting storeUrlSetting = Setting.of(options.storeUrl, "--store-url", env, "PEDIGREE_STORE_URL", null);
        URI storeUrl = storeUrlSetting.isSet() ? httpUri(storeUrlSetting) : null;
        if (store == StoreKind.REMOTE && storeUrl == null) {
            throw new ConfigException("--store remote needs the store's SPARQL service URL: add --store-url URL (or PEDIGREE_STORE_URL)");
        }
        boolean demo = !(options.noDemo || isTrue(Setting.of(null, "--no-demo", env, "PEDIGREE_NO_DEMO", "false")));
        return new ServeConfig(port, data, base, store, storeUrl, demo,
                seconds(Setting.of(options.queryTimeout, "--query-timeout", env, "PEDIGREE_QUERY_TIMEOUT", "30")),
                count(Setting.of(options.maxQueries, "--max-queries", env, "PEDIGREE_MAX_QUERIES", "8")),
                endpoints(Setting.of(options.serviceAllow, "--service-allow", env, "PEDIGREE_SERVICE_ALLOW", null)),
                size(Setting.of(options.compactThreshold, "--compact-threshold", env, "PEDIGREE_COMPACT_THRESHOLD", DEFAULT_COMPACT_THRESHOLD)),
                cacheSize(Setting.of(options.pageCache, "--page-cache", env, "PEDIGREE_PAGE_CACHE", DEFAULT_PAGE_CACHE)));
    }

    /** The server's settings: these, with the dumps in {@code DATA/dumps} and the server's defaults for the rest. */
    ServerSettings serverSettings() {
        return ServerSettings.defaults().withPort(port).withQueryTimeout(queryTimeout).withMaxQueries(maxQueries)
                .withServiceAllowList(serviceAllowList).withDumpDirectory(dataDir.resolve("dumps")).withPageCache(pageCache);
    }

    /** A size such as 512m or 2g, or {@code off} (0). */
    static long size(Setting setting) {
        if (setting.value().equalsIgnoreCase("off")) {
            return 0;
        }
        try {
            long bytes = Sizes.parse(setting.value());
            if (bytes > 0) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw setting.invalid("is not a size such as 512m or 2g, or off");
    }

    /** A size such as 64m or 512k, or 0 (off), that fits in the Java heap with room to spare. */
    static long cacheSize(Setting setting) {
        long bytes;
        try {
            bytes = Sizes.parse(setting.value());
        } catch (IllegalArgumentException e) {
            throw setting.invalid("is not a size such as 64m or 512k, or 0 to turn the cache off");
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap / 2) {
            throw setting.invalid("is more than half the Java heap (" + Sizes.format(heap) + "): give less, "
                    + "or more heap with -Xmx");
        }
        return bytes;
    }

    private static int port(Setting setting) {
        try {
            int port = Integer.parseInt(setting.value());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw setting.invalid("is not a port number: use a whole number from 0 to 65535 (0 picks a free port)");
    }

    private static Set<String> endpoints(Setting setting) {
        if (!setting.isSet() || setting.value().isBlank()) {
            return Set.of();
        }
        Set<String> endpoints = new LinkedHashSet<>();
        for (String url : setting.value().split(",")) {
            endpoints.add(httpUri(new Setting(url.strip(), setting.source())).toString());
        }
        return Set.copyOf(endpoints);
    }

    private static int count(Setting setting) {
        try {
            int n = Integer.parseInt(setting.value());
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw setting.invalid("is not a number of queries from 1 to 1000");
    }

    private static Duration seconds(Setting setting) {
        try {
            long seconds = Long.parseLong(setting.value());
            if (seconds > 0 && seconds <= 86_400) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw setting.invalid("is not a number of seconds from 1 to 86400");
    }

    static Path dataDir(Setting setting) {
        Path dir = Path.of(setting.value()).toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw setting.invalid("is a file, not a directory: point it at a directory for the store");
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isWritable(existing)) {
            throw setting.invalid("is not writable by this user: choose a directory you can write to");
        }
        return dir;
    }

    static String baseUri(Setting setting) {
        if (!setting.isSet()) {
            return null;
        }
        URI uri = httpUri(setting);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw setting.invalid("has a query or fragment: give a base such as https://lineage.example.org/");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    static URI httpUri(Setting setting) {
        try {
            URI uri = new URI(setting.value());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw setting.invalid("is not an absolute http(s) URL such as https://lineage.example.org/");
    }

    private static StoreKind store(Setting setting) {
        return switch (setting.value().toLowerCase(Locale.ROOT)) {
            case "tdb2" -> StoreKind.TDB2;
            case "remote" -> StoreKind.REMOTE;
            default -> throw setting.invalid("is not a store kind: use tdb2 or remote");
        };
    }

    private static boolean isTrue(Setting setting) {
        return switch (setting.value().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw setting.invalid("is not true or false");
        };
    }
}
