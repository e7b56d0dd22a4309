package org.pedigree.publish;

import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pedigree.lineage.Catalogue;
import org.pedigree.model.ModelDescription;

/** {@code GET /model/{owner}/{name}}: one model, its bases, derivatives and operations. */
final class ModelPage {
    private final Site site;
    private final Catalogue catalogue;
    private final Pages pages;

    ModelPage(Site site, Catalogue catalogue, Pages pages) {
        this.site = site;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    void handle(Context ctx) {
        String iri = site.iris().model(ctx.pathParam("owner"), ctx.pathParam("name"));
        ModelDescription model = catalogue.model(iri)
                .orElseThrow(() -> new NotFoundResponse("No model " + iri + " in this store."));
        ctx.html(pages.render("model", Map.of("model", model)));
    }
}
