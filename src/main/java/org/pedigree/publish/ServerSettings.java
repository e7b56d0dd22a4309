package org.pedigree.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link PedigreeServer} listens and what it allows, checked when made: a setting out of
 * range fails here, before any socket is opened. Start from {@link #defaults()} and change what
 * differs: {@code ServerSettings.defaults().withPort(0).withMaxQueries(2)}.
 *
 * @param port             the TCP port; 0 picks a free one
 * @param queryTimeout     how long a SPARQL query may run before it is stopped
 * @param maxQueries       how many SPARQL queries may run at once; more get 503 with {@code Retry-After}
 * @param uploadLimit      the largest request body accepted, in bytes (413 beyond)
 * @param writesPerMinute  how many writes a token may make a minute; more get 429 with {@code Retry-After}
 * @param serviceAllowList the only endpoints SPARQL {@code SERVICE} may call (empty: SERVICE is off)
 * @param dumpDirectory    where the published dumps are written; null: a new temporary directory
 * @param stopTimeout      how long a stop waits for requests in flight
 * @param pageCache        the bound of the rendered answers kept in memory, in bytes; 0: none are kept
 */
public record ServerSettings(int port, Duration queryTimeout, int maxQueries, long uploadLimit, int writesPerMinute,
                             Set<String> serviceAllowList, Path dumpDirectory, Duration stopTimeout, long pageCache) {
    private static final ServerSettings DEFAULTS = new ServerSettings(8080, Duration.ofSeconds(30), 8, 16L * 1024 * 1024, 120,
            Set.of(), null, Duration.ofSeconds(20), 64L * 1024 * 1024);

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
        }
        if (maxQueries < 1) {
            throw new IllegalArgumentException("at least one query must be allowed to run, not " + maxQueries);
        }
        if (uploadLimit <= 0) {
            throw new IllegalArgumentException("the upload limit must be positive, not " + uploadLimit);
        }
        if (writesPerMinute < 1) {
            throw new IllegalArgumentException("the write rate limit must be at least 1 a minute, not " + writesPerMinute);
        }
        serviceAllowList = Set.copyOf(serviceAllowList);
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (pageCache < 0) {
            throw new IllegalArgumentException("the page cache's size must be 0 (off) or more bytes, not " + pageCache);
        }
    }

    /**
     * Port 8080, queries stopped after 30 s and 8 at once, uploads up to 16 MiB, 120 writes a minute, no SERVICE, 20 s to stop,
     * 64 MiB of rendered answers kept.
     */
    public static ServerSettings defaults() {
        return DEFAULTS;
    }

    public ServerSettings withPort(int port) {
        return new ServerSettings(port, queryTimeout, maxQueries, uploadLimit, writesPerMinute, serviceAllowList, dumpDirectory,
                stopTimeout, pageCache);
    }

    public ServerSettings withQueryTimeout(Duration queryTimeout) {
        return new ServerSettings(port, queryTimeout, maxQueries, uploadLimit, writesPerMinute, serviceAllowList, dumpDirectory,
                stopTimeout, pageCache);
    }

    public ServerSettings withMaxQueries(int maxQueries) {
        return new ServerSettings(port, queryTimeout, maxQueries, uploadLimit, writesPerMinute, serviceAllowList, dumpDirectory,
                stopTimeout, pageCache);
    }

    public ServerSettings withUploadLimit(long uploadLimit) {
        return new ServerSettings(port, queryTimeout, maxQueries, uploadLimit, writesPerMinute, serviceAllowList, dumpDirectory,
                stopTimeout, pageCache);
    }

    public ServerSettings withWritesPerMinute(int writesPerMinute) {
        return new ServerSettings(port, queryTimeout, maxQueries, uploadLimit, writesPerMinute, serviceAllowList, dumpDirectory,
                stopTimeout, pageCache);
    }

    public ServerSettings withServiceAllowList(Set<String> serviceAllowList) {
        return new ServerSettings(port, queryTimeout, maxQueries, uploadLimit, writesPerMinute, serviceAllowList, dumpDirectory,
                stopTimeout, pageCache);
    }

    public ServerSettings withDumpDirectory(Path dumpDirectory) {
        return new ServerSettings(port, queryTimeout, maxQueries, uploadLimit, writesPerMinute, serviceAllowList, dumpDirectory,
                stopTimeout, pageCache);
    }

    public ServerSettings withStopTimeout(Duration stopTimeout) {
        return new ServerSettings(port, queryTimeout, maxQueries, uploadLimit, writesPerMinute, serviceAllowList, dumpDirectory,
                stopTimeout, pageCache);
    }

    public ServerSettings withPageCache(long pageCache) {
        return new ServerSettings(port, queryTimeout, maxQueries, uploadLimit, writesPerMinute, serviceAllowList, dumpDirectory,
                stopTimeout, pageCache);
    }
}
