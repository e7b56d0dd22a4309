package org.pedigree.publish;

import java.util.HashMap;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.apache.jena.graph.Graph;
import org.pedigree.lineage.Catalogue;
import org.pedigree.model.ModelDescription;

/** The HTML page of a model: its bases, derivatives and operations. */
final class ModelPage implements ThingResource.HtmlPage {
    private final Site site;
    private final Catalogue catalogue;
    private final Pages pages;

    ModelPage(Site site, Catalogue catalogue, Pages pages) {
        this.site = site;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @Override
    public void render(Context ctx, String iri, Graph description) {
        ModelDescription model = catalogue.model(iri)
                .orElseThrow(() -> new NotFoundResponse("No model " + iri + " in this store."));
        Map<String, Object> variables = new HashMap<>(PageHead.of(site, iri, description));
        variables.put("model", model);
        ctx.html(pages.render("model", variables));
    }
}
