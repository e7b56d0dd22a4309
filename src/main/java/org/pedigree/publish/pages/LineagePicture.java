package org.pedigree.publish.pages;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pedigree.publish.http.Site;

/**
 * {@code GET /model/{owner}/{name}/lineage.svg}: the family tree of a model as a standalone SVG
 * document, optionally coloured ({@code ?colour=licence|advisory}); the model page embeds the
 * same drawing inline.
 */
public final class LineagePicture {
    private final Site site;
    private final FamilyTreeLayout layout;

    public LineagePicture(Site site, FamilyTreeLayout layout) {
        this.site = site;
        this.layout = layout;
    }

    public void handle(Context ctx) {
        String iri = site.iriOfPath("model/" + ctx.pathParam("owner") + "/" + ctx.pathParam("name"));
        FamilyTree tree = layout.of(iri, NodeColouring.of(ctx.queryParam("colour")))
                .orElseThrow(() -> new NotFoundResponse("No model " + iri + " in this store."));
        ctx.contentType("image/svg+xml; charset=utf-8").result(FamilyTreeSvg.document(tree));
    }

    /** The drawing for inline use in the model page, or null when the model has no lineage to draw. */
    String inline(String iri, NodeColouring colouring) {
        return layout.of(iri, colouring).map(tree -> FamilyTreeSvg.draw(tree, "family-tree")).orElse(null);
    }
}
