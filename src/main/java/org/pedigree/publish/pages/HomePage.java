package org.pedigree.publish.pages;

import java.util.Map;

import io.javalin.http.Context;
import org.pedigree.lineage.Catalogue;
import org.pedigree.publish.view.Pages;

/** {@code GET /}: what Pedigree is, what the store holds, and where to start. */
public final class HomePage {
    static final int ROOTS_SHOWN = 20;
    static final int MODELS_SHOWN = 100;

    private final Catalogue catalogue;
    private final Pages pages;

    public HomePage(Catalogue catalogue, Pages pages) {
        this.catalogue = catalogue;
        this.pages = pages;
    }

    public void handle(Context ctx) {
        ctx.html(pages.render("home", Map.of(
                "counts", catalogue.counts(),
                "roots", catalogue.roots(ROOTS_SHOWN),
                "models", catalogue.models(MODELS_SHOWN),
                "modelsShown", MODELS_SHOWN)));
    }
}
