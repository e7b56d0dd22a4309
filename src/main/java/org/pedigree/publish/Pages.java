package org.pedigree.publish;

import java.util.HashMap;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the page templates of {@code src/main/jte}, compiled to Java classes at build time (jte,
 * HTML content type: every {@code ${…}} is escaped for where it stands, in text or in an attribute).
 * Each page gets the {@link Site} as {@code site} for links.
 */
final class Pages {
    /** The package the build compiles the templates into: this one, so they can read its view records. */
    static final String TEMPLATE_PACKAGE = "org.pedigree.publish";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, TEMPLATE_PACKAGE);
    private final Site site;

    Pages(Site site) {
        this.site = site;
    }

    /** The page of {@code template} ({@code model} for {@code model.jte}) with these variables as its parameters. */
    String render(String template, Map<String, Object> variables) {
        Map<String, Object> params = new HashMap<>(variables);
        params.put("site", site);
        StringOutput output = new StringOutput(16 * 1024);
        engine.render(template + ".jte", params, output);
        return output.toString();
    }
}
