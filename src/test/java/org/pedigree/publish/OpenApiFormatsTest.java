package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.pedigree.ingest.imports.ImportFormat;
import org.pedigree.lineage.export.ExportFormat;

/** The OpenAPI document names the import and export formats the code has, so a new format cannot be left out of it. */
class OpenApiFormatsTest {
    private static JsonNode paths() throws IOException {
        return new YAMLMapper().readTree(Path.of("src/main/resources/openapi/openapi.yaml").toFile()).path("paths");
    }

    private static List<String> formatEnum(JsonNode operation) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals("format")) {
                parameter.path("schema").path("enum").forEach(n -> names.add(n.asText()));
            }
        }
        return names;
    }

    @Test
    void the_import_route_lists_every_import_format_and_its_media_types() throws IOException {
        JsonNode post = paths().path("/api/import/{format}").path("post");
        assertEquals(ImportFormat.ids(), formatEnum(post));
        Set<String> documented = new TreeSet<>();
        post.path("requestBody").path("content").fieldNames().forEachRemaining(documented::add);
        Set<String> accepted = new TreeSet<>();
        Arrays.stream(ImportFormat.values()).forEach(f -> accepted.addAll(f.mediaTypes()));
        assertEquals(accepted, documented);
    }

    @Test
    void the_export_route_lists_every_export_format() throws IOException {
        assertEquals(ExportFormat.ids(), formatEnum(paths().path("/api/models/{owner}/{name}/export").path("get")));
    }
}
