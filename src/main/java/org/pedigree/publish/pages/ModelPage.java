package org.pedigree.publish.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pedigree.lineage.Catalogue;
import org.pedigree.lineage.LineageService;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.model.DirectLineage;
import org.pedigree.model.EffectiveLicence;
import org.pedigree.model.ModelDescription;
import org.pedigree.model.RecordInfo;
import org.pedigree.model.Trace;
import org.pedigree.publish.http.Site;
import org.pedigree.store.DescriptionPage;
import org.pedigree.publish.view.Anchor;
import org.pedigree.publish.view.PageHead;
import org.pedigree.publish.view.PagedDescription;
import org.pedigree.publish.view.Pages;

/**
 * The HTML page of a model: its bases, derivatives and operations, and what the analytics say of
 * it — the paths to its roots, its descendants by kind, its effective licence with the conflicts,
 * the advisories that reach it and what an auditor would miss.
 */
public final class ModelPage implements ThingResource.HtmlPage {
    /** Words for the restriction names of {@code EffectiveLicence.restrictions()}. */
    static final Map<String, String> RESTRICTIONS = Map.of("NonCommercialUse", "non-commercial use only", "ResearchUseOnly", "research use only",
            "ShareAlikeDuty", "share alike", "AcceptableUsePolicyDuty", "acceptable-use policy applies", "NamingDuty",
            "naming duty", "UnknownLicence", "unknown licence in the lineage");

    /** The SPARQL that gives the page's table of derivatives ({@code IRI} is the model's). */
    static final String DERIVATIVES_QUERY = """
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX ped:    <https://w3id.org/pedigree#>
            PREFIX schema: <http://schema.org/>

            # The direct derivatives of a model, with the kind of each derivation
            SELECT ?derivative ?name ?kind WHERE {
              ?derivative prov:wasDerivedFrom <IRI> .
              OPTIONAL { ?derivative schema:name ?name }
              OPTIONAL { ?derivative prov:qualifiedDerivation [ prov:entity <IRI> ; ped:derivationKind ?kind ] }
            }
            ORDER BY ?kind ?name
            """;

    /** The SPARQL that gives every ancestor of the model, as the lineage paths do. */
    static final String ANCESTORS_QUERY = """
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX schema: <http://schema.org/>

            # Every ancestor of a model, up to the roots
            SELECT DISTINCT ?ancestor ?name WHERE {
              <IRI> prov:wasDerivedFrom+ ?ancestor .
              OPTIONAL { ?ancestor schema:name ?name }
            }
            ORDER BY ?name
            """;

    /** Direct derivatives listed on the page; the counts by kind link to all of them in the model list. */
    static final int DERIVATIVES_SHOWN = DescriptionPage.PER_PAGE;
    /** Versions of the model's record listed on the page, newest first; the record page lists them all. */
    static final int VERSIONS_SHOWN = 10;

    private final Site site;
    private final Catalogue catalogue;
    private final LineageService lineage;
    private final RecordHistory history;
    private final LineagePicture picture;
    private final Pages pages;

    public ModelPage(Site site, Catalogue catalogue, LineageService lineage, RecordHistory history, LineagePicture picture, Pages pages) {
        this.picture = picture;
        this.site = site;
        this.catalogue = catalogue;
        this.lineage = lineage;
        this.history = history;
        this.pages = pages;
    }

    @Override
    public void render(Context ctx, String iri, PagedDescription description) {
        ModelDescription model = catalogue.model(iri, description.graph())
                .orElseThrow(() -> new NotFoundResponse("No model " + iri + " in this store."));
        Map<String, Object> variables = new HashMap<>(PageHead.of(site, iri, description));
        variables.put("model", model);
        DirectLineage direct = lineage.analytics().direct(iri, DERIVATIVES_SHOWN).orElse(new DirectLineage(List.of(), List.of(), 0, List.of()));
        variables.put("direct", direct);
        variables.put("bases", direct.bases().stream().map(d -> Anchor.of(site, d)).toList());
        variables.put("derivatives", direct.derivatives().stream().map(d -> Anchor.of(site, d)).toList());
        variables.put("versions", versions(model));
        Trace trace = lineage.analytics().trace(iri, 0, false).orElse(null);
        variables.put("trace", trace);
        variables.put("paths", trace == null ? List.of() : trace.paths().stream()
                .map(path -> path.steps().stream().map(step -> Anchor.of(site, step.node(), step.via())).toList()).toList());
        variables.put("tree", lineage.analytics().descendants(iri, 0, null, 0, 0).orElse(null));
        EffectiveLicence licence = lineage.licences().of(iri).orElse(null);
        variables.put("licence", licence);
        variables.put("restrictions", licence == null ? List.of() : licence.restrictions().stream().map(r -> RESTRICTIONS.getOrDefault(r, r)).toList());
        variables.put("rules", licence == null ? List.of() : licence.rules().stream().map(EffectiveLicence.Rule::explanation).toList());
        variables.put("advisories", lineage.advisories().of(iri).orElse(List.of()));
        variables.put("completeness", lineage.completeness().of(iri).orElse(null));
        NodeColouring colouring = NodeColouring.of(ctx.queryParam("colour"));
        variables.put("picture", picture.inline(iri, colouring));
        variables.put("reproduce", Map.of("derivatives", QueryEditorPage.link(DERIVATIVES_QUERY.replace("IRI", iri)),
                "ancestors", QueryEditorPage.link(ANCESTORS_QUERY.replace("IRI", iri))));
        variables.put("colouring", colouring.name().toLowerCase(Locale.ROOT));
        variables.put("api", site.iris().apiPathOf(iri).orElse(null));
        ctx.html(pages.render("model", variables));
    }

    /** The latest versions of the model's record, newest first. */
    private List<RecordInfo.Version> versions(ModelDescription model) {
        if (model.recordIri() == null) {
            return List.of();
        }
        List<RecordInfo.Version> all = site.iris().recordId(model.recordIri()).map(history::versions).orElse(List.of());
        return all.reversed().subList(0, Math.min(VERSIONS_SHOWN, all.size()));
    }
}
