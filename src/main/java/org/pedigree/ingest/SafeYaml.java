package org.pedigree.ingest;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one way Pedigree reads YAML (record files, Hugging Face card front matter): plain data only,
 * no custom types, bounded aliases, nesting depth and size, duplicate keys refused.
 */
public final class SafeYaml {
    /** The deepest nesting of maps and lists accepted in YAML and JSON input. */
    public static final int MAX_DEPTH = 32;

    private SafeYaml() {}

    /** A new mapper for YAML with the limits above. */
    public static ObjectMapper yamlMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(16 * 1024 * 1024);
        return limited(new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build()));
    }

    /** A new mapper for JSON with the same depth limit. */
    public static ObjectMapper jsonMapper() {
        return limited(new ObjectMapper());
    }

    private static ObjectMapper limited(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        return mapper;
    }
}
