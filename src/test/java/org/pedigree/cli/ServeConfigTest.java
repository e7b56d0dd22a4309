package org.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.publish.ServerSettings;
import picocli.CommandLine;

class ServeConfigTest {
    @TempDir
    Path dir;

    /** The options picocli makes of {@code args}. */
    static ServeOptions options(String... args) {
        ServeOptions options = new ServeOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    private static ServeOptions flags(String port, String data, String base) {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.addAll(List.of("--port", port));
        }
        if (data != null) {
            args.addAll(List.of("--data", data));
        }
        if (base != null) {
            args.addAll(List.of("--base-uri", base));
        }
        return options(args.toArray(String[]::new));
    }

    @Test
    void defaults_are_port_8080_a_data_directory_and_the_demo() {
        ServeConfig config = ServeConfig.resolve(flags(null, null, null), Map.of());
        assertEquals(8080, config.port());
        assertEquals(Path.of("data").toAbsolutePath(), config.dataDir());
        assertNull(config.baseUri(), "derived from the port once it is bound");
        assertEquals(StoreKind.TDB2, config.store());
        assertTrue(config.loadDemo());
    }

    @Test
    void environment_variables_apply_and_flags_win_over_them() {
        Map<String, String> env = Map.of("PEDIGREE_PORT", "9090", "PEDIGREE_DATA", dir.toString(),
                "PEDIGREE_BASE_URI", "https://lineage.example.org", "PEDIGREE_NO_DEMO", "true");
        ServeConfig fromEnv = ServeConfig.resolve(flags(null, null, null), env);
        assertEquals(9090, fromEnv.port());
        assertEquals(dir, fromEnv.dataDir());
        assertEquals("https://lineage.example.org/", fromEnv.baseUri());
        assertFalse(fromEnv.loadDemo());

        ServeConfig fromFlags = ServeConfig.resolve(flags("7070", null, "http://other.example/"), env);
        assertEquals(7070, fromFlags.port());
        assertEquals("http://other.example/", fromFlags.baseUri());
    }

    @Test
    void a_bad_port_names_the_flag_or_the_variable_it_came_from() {
        ConfigException flag = assertThrows(ConfigException.class, () -> ServeConfig.resolve(flags("80x", null, null), Map.of()));
        assertTrue(flag.getMessage().startsWith("--port = '80x' is not a port number"), flag.getMessage());
        ConfigException env = assertThrows(ConfigException.class,
                () -> ServeConfig.resolve(flags(null, null, null), Map.of("PEDIGREE_PORT", "70000")));
        assertTrue(env.getMessage().startsWith("environment variable PEDIGREE_PORT = '70000' is not a port number"), env.getMessage());
    }

    @Test
    void a_base_uri_must_be_absolute_http_without_query() {
        assertTrue(assertThrows(ConfigException.class, () -> ServeConfig.resolve(flags(null, null, "lineage.example.org"), Map.of()))
                .getMessage().contains("--base-uri = 'lineage.example.org' is not an absolute http(s) URL"));
        assertTrue(assertThrows(ConfigException.class, () -> ServeConfig.resolve(flags(null, null, "ftp://x.org/"), Map.of()))
                .getMessage().contains("not an absolute http(s) URL"));
        assertTrue(assertThrows(ConfigException.class, () -> ServeConfig.resolve(flags(null, null, "http://x.org/?a=b"), Map.of()))
                .getMessage().contains("has a query or fragment"));
    }

    @Test
    void a_data_path_that_is_a_file_is_refused() throws Exception {
        Path file = Files.writeString(dir.resolve("store.txt"), "not a store");
        ConfigException e = assertThrows(ConfigException.class, () -> ServeConfig.resolve(flags(null, file.toString(), null), Map.of()));
        assertTrue(e.getMessage().contains("is a file, not a directory"), e.getMessage());
    }

    @Test
    void a_remote_store_needs_its_url_and_an_unknown_store_kind_is_named() {
        ServeOptions remote = options("--store", "remote");
        assertTrue(assertThrows(ConfigException.class, () -> ServeConfig.resolve(remote, Map.of())).getMessage().contains("--store-url"));
        ServeOptions unknown = options("--store", "mysql");
        assertTrue(assertThrows(ConfigException.class, () -> ServeConfig.resolve(unknown, Map.of())).getMessage()
                .contains("--store = 'mysql' is not a store kind: use tdb2 or remote"));
    }

    @Test
    void the_query_timeout_defaults_to_30_seconds_and_must_be_a_positive_number() {
        assertEquals(java.time.Duration.ofSeconds(30), ServeConfig.resolve(flags(null, null, null), Map.of()).queryTimeout());
        assertEquals(java.time.Duration.ofSeconds(5),
                ServeConfig.resolve(flags(null, null, null), Map.of("PEDIGREE_QUERY_TIMEOUT", "5")).queryTimeout());
        ServeOptions zero = options("--query-timeout", "0");
        assertTrue(assertThrows(ConfigException.class, () -> ServeConfig.resolve(zero, Map.of())).getMessage()
                .contains("--query-timeout = '0' is not a number of seconds from 1 to 86400"));
        assertEquals(8, ServeConfig.resolve(flags(null, null, null), Map.of()).maxQueries());
        ServeOptions none = options("--max-queries", "none");
        assertTrue(assertThrows(ConfigException.class, () -> ServeConfig.resolve(none, Map.of())).getMessage()
                .contains("--max-queries = 'none' is not a number of queries"));
        assertEquals(java.util.Set.of(), ServeConfig.resolve(flags(null, null, null), Map.of()).serviceAllowList(), "SERVICE is off by default");
        assertEquals(java.util.Set.of("https://query.wikidata.org/sparql"), ServeConfig.resolve(flags(null, null, null),
                Map.of("PEDIGREE_SERVICE_ALLOW", "https://query.wikidata.org/sparql")).serviceAllowList());
        ServeOptions bad = options("--service-allow", "ftp://x");
        assertTrue(assertThrows(ConfigException.class, () -> ServeConfig.resolve(bad, Map.of())).getMessage()
                .contains("--service-allow = 'ftp://x' is not an absolute http(s) URL"));
    }

    @Test
    void a_no_demo_variable_that_is_not_a_boolean_is_refused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServeConfig.resolve(flags(null, null, null), Map.of("PEDIGREE_NO_DEMO", "maybe")));
        assertTrue(e.getMessage().contains("PEDIGREE_NO_DEMO = 'maybe' is not true or false"), e.getMessage());
    }

    @Test
    void the_server_settings_carry_the_flags_with_the_dumps_in_the_data_directory() {
        ServeConfig config = ServeConfig.resolve(options("--port", "0", "--data", dir.toString(), "--query-timeout", "7", "--max-queries", "3",
                "--service-allow", "https://query.wikidata.org/sparql", "--no-demo"), Map.of());
        assertFalse(config.loadDemo());
        ServerSettings settings = config.serverSettings();
        assertEquals(0, settings.port());
        assertEquals(java.time.Duration.ofSeconds(7), settings.queryTimeout());
        assertEquals(3, settings.maxQueries());
        assertEquals(java.util.Set.of("https://query.wikidata.org/sparql"), settings.serviceAllowList());
        assertEquals(dir.resolve("dumps"), settings.dumpDirectory());
        assertEquals(ServerSettings.defaults().uploadLimit(), settings.uploadLimit(), "not a flag: the server's default");
    }

    @Test
    void the_page_cache_is_64_mib_by_default_a_size_from_the_flag_or_the_variable_and_0_turns_it_off() {
        assertEquals(64L << 20, ServeConfig.resolve(flags(null, null, null), Map.of()).serverSettings().pageCache());
        assertEquals(64L << 20, ServerSettings.defaults().pageCache(), "the server's own default is the same");
        assertEquals(512L << 10, ServeConfig.resolve(options("--page-cache", "512k"), Map.of()).pageCache());
        assertEquals(16L << 20, ServeConfig.resolve(flags(null, null, null), Map.of("PEDIGREE_PAGE_CACHE", "16m")).serverSettings()
                .pageCache());
        assertEquals(8L << 20, ServeConfig.resolve(options("--page-cache", "8m"), Map.of("PEDIGREE_PAGE_CACHE", "16m")).pageCache(),
                "the flag wins");
        assertEquals(0, ServeConfig.resolve(options("--page-cache", "0"), Map.of()).serverSettings().pageCache());
    }

    @Test
    void a_page_cache_that_is_not_a_size_or_too_large_for_the_heap_names_the_flag_or_the_variable() {
        ConfigException flag = assertThrows(ConfigException.class, () -> ServeConfig.resolve(options("--page-cache", "lots"), Map.of()));
        assertTrue(flag.getMessage().startsWith("--page-cache = 'lots' is not a size such as 64m or 512k, or 0 to turn the cache off"),
                flag.getMessage());
        ConfigException env = assertThrows(ConfigException.class,
                () -> ServeConfig.resolve(flags(null, null, null), Map.of("PEDIGREE_PAGE_CACHE", "-1m")));
        assertTrue(env.getMessage().startsWith("environment variable PEDIGREE_PAGE_CACHE = '-1m' is not a size"), env.getMessage());
        ConfigException huge = assertThrows(ConfigException.class, () -> ServeConfig.resolve(options("--page-cache", "1t"), Map.of()));
        assertTrue(huge.getMessage().contains("is more than half the Java heap"), huge.getMessage());
    }

    @Test
    void server_settings_refuse_a_negative_page_cache() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withPageCache(-1));
        assertTrue(e.getMessage().contains("page cache"), e.getMessage());
    }
}
