package org.pedigree.publish.pages;

import java.util.Map;

import io.javalin.http.Context;
import org.pedigree.lineage.StoreOverview;
import org.pedigree.model.ModelSummary;
import org.pedigree.publish.http.Site;
import org.pedigree.publish.view.Anchor;
import org.pedigree.publish.view.Pages;

/** {@code GET /}: what Pedigree is, what the store holds, and where to start. */
public final class HomePage {
    static final int ROOTS_SHOWN = 20;
    static final int MODELS_SHOWN = 100;

    private final Site site;
    private final StoreOverview overview;
    private final Pages pages;

    public HomePage(Site site, StoreOverview overview, Pages pages) {
        this.site = site;
        this.overview = overview;
        this.pages = pages;
    }

    public void handle(Context ctx) {
        ctx.html(pages.render("home", Map.of(
                "counts", overview.counts(),
                "roots", overview.roots(ROOTS_SHOWN).stream().map(this::root).toList(),
                "models", overview.models(MODELS_SHOWN).stream().map(m -> Anchor.of(site, m.model().iri(), m.hfId() != null ? m.hfId() : m.model().label(), null)).toList(),
                "modelsShown", MODELS_SHOWN)));
    }

    /** A root with its descendant count as the note. */
    private Anchor root(ModelSummary root) {
        return Anchor.of(site, root.model(), root.descendants() == 1 ? "1 derivative" : root.descendants() + " derivatives");
    }
}
