package org.pedigree.publish.pages;

import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pedigree.lineage.FamilyMemo;
import org.pedigree.lineage.LineageAnalytics;
import org.pedigree.lineage.LineageService;
import org.pedigree.publish.http.Site;

/**
 * {@code GET /model/{owner}/{name}/lineage.svg}: the family tree of a model as a standalone SVG
 * document, optionally coloured ({@code ?colour=licence|advisory}); the model page embeds the
 * same drawing inline.
 */
public final class LineagePicture {
    /** How many pictures of big families are kept per version of the lineage index. */
    static final int BIG_FAMILIES_KEPT = 1_000;

    private final Site site;
    private final LineageService lineage;
    private final FamilyTreeLayout layout;
    /**
     * The pictures of the models with {@value LineageAnalytics#BIG_FAMILY} derivatives or more, per
     * version of the lineage index: laying one out ranks up to {@value FamilyTreeLayout#RANKED}
     * derivatives of each kind by their own descendants, which would make a hub's page cost what its
     * family weighs on every visit.
     */
    private final FamilyMemo<Optional<FamilyTree>> bigFamilies;

    public LineagePicture(Site site, LineageService lineage, FamilyTreeLayout layout) {
        this.site = site;
        this.lineage = lineage;
        this.layout = layout;
        this.bigFamilies = new FamilyMemo<>(lineage::indexVersion, BIG_FAMILIES_KEPT);
    }

    public void handle(Context ctx) {
        String iri = site.iriOfPath("model/" + ctx.pathParam("owner") + "/" + ctx.pathParam("name"));
        FamilyTree tree = tree(iri, NodeColouring.of(ctx.queryParam("colour")))
                .orElseThrow(() -> new NotFoundResponse("No model " + iri + " in this store."));
        ctx.contentType("image/svg+xml; charset=utf-8").result(FamilyTreeSvg.document(tree));
    }

    /** The drawing for inline use in the model page, or null when the model has no lineage to draw. */
    String inline(String iri, NodeColouring colouring) {
        return tree(iri, colouring).map(tree -> FamilyTreeSvg.draw(tree, "family-tree")).orElse(null);
    }

    private Optional<FamilyTree> tree(String iri, NodeColouring colouring) {
        return lineage.analytics().bigFamily(iri) ? bigFamilies.get(colouring.name() + " " + iri, () -> layout.of(iri, colouring)) : layout.of(iri, colouring);
    }
}
