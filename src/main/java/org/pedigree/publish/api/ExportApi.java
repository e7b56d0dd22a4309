package org.pedigree.publish.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pedigree.lineage.export.ExportFormat;
import org.pedigree.lineage.export.ModelExporter;
import org.pedigree.publish.http.Site;

/**
 * {@code GET /api/models/{owner}/{name}/export?format=…}: what {@code pedigree export} writes, over
 * HTTP — a Hugging Face card's front matter, an SPDX 3.0.1 or CycloneDX 1.6 JSON document, FAIR4ML
 * or MLDCAT-AP Turtle, or the model's record as Turtle or JSON-LD, each with its media type.
 */
public final class ExportApi {
    private final Site site;
    private final ModelExporter exporter;

    public ExportApi(Site site, ModelExporter exporter) {
        this.site = site;
        this.exporter = exporter;
    }

    public void export(Context ctx) {
        String name = ctx.queryParam("format");
        ExportFormat format = ExportFormat.of(name == null ? "" : name).orElseThrow(() -> new BadRequestResponse("Give ?format= one of "
                + String.join(", ", ExportFormat.ids()) + "."));
        String model = ctx.pathParam("owner") + "/" + ctx.pathParam("name");
        String text = exporter.export(model, format)
                .orElseThrow(() -> new NotFoundResponse("No record describes the model " + model + "."));
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(text);
    }
}
