package org.pedigree.lineage.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code export} writes, by the name users give them. */
public enum ExportFormat {
    HF("hf"), SPDX("spdx"), CYCLONEDX("cyclonedx"), FAIR4ML("fair4ml"), MLDCAT("mldcat"), TURTLE("turtle"), JSONLD("jsonld");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ExportFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.id.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
