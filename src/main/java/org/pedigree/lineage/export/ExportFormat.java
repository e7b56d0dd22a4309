package org.pedigree.lineage.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats {@code export} writes, by the name users give them ({@code pedigree export --format},
 * {@code GET /api/models/…/export?format=}), each with the media type it is served as. A new format
 * is one constant here and one case in {@link ModelExporter#export}; the OpenAPI document's enum is
 * checked against this list by a test.
 */
public enum ExportFormat {
    HF("hf", "application/yaml"),
    SPDX("spdx", "application/spdx+json"),
    CYCLONEDX("cyclonedx", "application/vnd.cyclonedx+json"),
    FAIR4ML("fair4ml", "text/turtle"),
    MLDCAT("mldcat", "text/turtle"),
    TURTLE("turtle", "text/turtle"),
    JSONLD("jsonld", "application/ld+json");

    private final String id;
    private final String mediaType;

    ExportFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    /** The media type of the written document (its text is UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /** The names of every format, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ExportFormat::id).toList();
    }

    public static Optional<ExportFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.id.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
