package org.pedigree.publish.api;

import java.util.Optional;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pedigree.lineage.LineageAnalytics;
import org.pedigree.lineage.LineageService;
import org.pedigree.model.InstanceIris;
import org.pedigree.publish.http.QueryParams;
import org.pedigree.publish.http.Site;

/**
 * The lineage analytics as JSON: {@code /api/models/{owner}/{name}/trace} ({@code ?depth=N}),
 * {@code …/descendants} ({@code ?depth=&kind=&offset=&limit=}), {@code …/impact} (also for
 * {@code /api/datasets/{owner}/{name}/impact}), {@code …/licence}, {@code …/advisories},
 * {@code …/completeness}, and {@code /api/lineage/common-ancestor} and {@code /api/lineage/diff}
 * with {@code ?a=&b=} (each an {@code owner/name} or a model IRI). An unknown model is a 404.
 */
public final class LineageApi {
    /** The largest page the API hands out. */
    static final int MAX_LIMIT = 1000;

    private final Site site;
    private final LineageService lineage;

    public LineageApi(Site site, LineageService lineage) {
        this.site = site;
        this.lineage = lineage;
    }

    public void trace(Context ctx) {
        ctx.json(found(lineage.analytics().trace(subject(ctx), QueryParams.integer(ctx, "depth", 0, 0, 1000))));
    }

    public void descendants(Context ctx) {
        String kind = ctx.queryParam("kind");
        if (kind != null && !LineageAnalytics.KINDS.contains(kind)) {
            throw new BadRequestResponse("kind: '" + kind + "' is not a derivation kind — use one of " + String.join(", ", LineageAnalytics.KINDS) + ".");
        }
        ctx.json(found(lineage.analytics().descendants(subject(ctx), QueryParams.integer(ctx, "depth", 0, 0, 1000), kind,
                QueryParams.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE), QueryParams.integer(ctx, "limit", 100, 1, MAX_LIMIT))));
    }

    public void impact(Context ctx) {
        ctx.json(found(lineage.analytics().impact(subject(ctx), QueryParams.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                QueryParams.integer(ctx, "limit", 100, 1, MAX_LIMIT))));
    }

    public void licence(Context ctx) {
        ctx.json(found(lineage.licences().of(subject(ctx))));
    }

    public void advisories(Context ctx) {
        ctx.json(found(lineage.advisories().of(subject(ctx))));
    }

    public void completeness(Context ctx) {
        ctx.json(found(lineage.completeness().of(subject(ctx))));
    }

    public void commonAncestor(Context ctx) {
        String a = model(ctx, "a");
        String b = model(ctx, "b");
        known(a);
        known(b);
        ctx.json(lineage.analytics().commonAncestors(a, b));
    }

    public void diff(Context ctx) {
        ctx.json(found(lineage.analytics().diff(model(ctx, "a"), model(ctx, "b"))));
    }

    /** The model or dataset IRI of the path. */
    private String subject(Context ctx) {
        String id = ctx.pathParam("owner") + "/" + ctx.pathParam("name");
        InstanceIris iris = site.iris();
        if (!InstanceIris.isHfId(id)) {
            throw new NotFoundResponse("'" + id + "' is not an owner/name id.");
        }
        return ctx.path().startsWith("/api/datasets/") ? iris.datasetOfHfId(id) : iris.modelOfHfId(id);
    }

    private String model(Context ctx, String parameter) {
        String value = ctx.queryParam(parameter);
        if (value == null || value.isBlank()) {
            throw new BadRequestResponse(parameter + ": name the model, as owner/name or by its IRI.");
        }
        return site.iris().modelIri(value)
                .orElseThrow(() -> new BadRequestResponse(parameter + ": '" + value + "' is neither owner/name nor an IRI."));
    }

    private void known(String iri) {
        if (lineage.analytics().node(iri).isEmpty()) {
            throw new NotFoundResponse("Nothing in this store is called " + iri + ".");
        }
    }

    private static <T> T found(Optional<T> result) {
        return result.orElseThrow(() -> new NotFoundResponse("This store knows no such model or dataset."));
    }
}
