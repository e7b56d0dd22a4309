package org.pedigree.lineage.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

/**
 * The CycloneDX export validates against the official CycloneDX 1.6 JSON schema (from the shared
 * data; skipped when absent). The schemas it refers to for SPDX licence ids and JSON signatures
 * are not in the shared data, so they are read as "anything" here and nothing is fetched.
 */
class CycloneDxSchemaTest {
    private static final Path SCHEMA = Path.of("../shared/data/cyclonedx-mlbom/specification/bom-1.6.schema.json");
    private static final String ID = "http://cyclonedx.org/schema/";

    private static List<Error> validate(String bom) throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder.schemas(Map.of(
                ID + "bom-1.6.schema.json", readSchema(), ID + "spdx.schema.json", "{}", ID + "jsf-0.82.schema.json", "{}")));
        Schema schema = registry.getSchema(SchemaLocation.of(ID + "bom-1.6.schema.json"));
        return schema.validate(bom, InputFormat.JSON);
    }

    private static String readSchema() {
        try {
            return Files.readString(SCHEMA);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String exported() {
        return CycloneDxExport.write(SpdxConformanceTest.model(), Instant.parse("2026-03-10T00:00:00Z"));
    }

    @Test
    void the_cyclonedx_export_validates_against_the_1_6_schema() throws IOException {
        assumeTrue(Files.isRegularFile(SCHEMA), "the shared CycloneDX schema is not here");
        assertEquals(List.of(), validate(exported()).stream().map(Error::toString).toList());
    }

    @Test
    void the_schema_does_reach_the_export_a_component_without_its_type_fails() throws IOException {
        assumeTrue(Files.isRegularFile(SCHEMA), "the shared CycloneDX schema is not here");
        ObjectMapper json = new ObjectMapper();
        ObjectNode bom = (ObjectNode) json.readTree(exported());
        ((ObjectNode) bom.get("components").get(0)).remove("type");
        assertFalse(validate(json.writeValueAsString(bom)).isEmpty());
    }
}
