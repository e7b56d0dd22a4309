package org.pedigree.publish.pages;

import java.util.Map;

import io.javalin.http.Context;
import org.pedigree.lineage.StoreOverview;
import org.pedigree.publish.view.Pages;

/** {@code GET /}: what Pedigree is, what the store holds, and where to start. */
public final class HomePage {
    static final int ROOTS_SHOWN = 20;
    static final int MODELS_SHOWN = 100;

    private final StoreOverview overview;
    private final Pages pages;

    public HomePage(StoreOverview overview, Pages pages) {
        this.overview = overview;
        this.pages = pages;
    }

    public void handle(Context ctx) {
        ctx.html(pages.render("home", Map.of(
                "counts", overview.counts(),
                "roots", overview.roots(ROOTS_SHOWN),
                "models", overview.models(MODELS_SHOWN),
                "modelsShown", MODELS_SHOWN)));
    }
}
