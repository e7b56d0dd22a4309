package org.pedigree.publish.view;

import java.util.Locale;
import java.util.Map;

import org.pedigree.publish.http.Site;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Thymeleaf templates of {@code templates/} on the classpath (HTML mode: {@code th:text}
 * and the attribute processors escape every value for where it stands; {@code th:utext} only for
 * the family-tree SVG and the JSON-LD, which their producers escape). Each page gets the
 * {@link Site} as {@code site} for links and the {@link Formats} as {@code fmt}.
 */
public final class Pages {
    /** One engine for the process: it parses each template once and keeps it (templates only change with the jar). */
    private static final TemplateEngine ENGINE = engine();
    private static final Formats FORMATS = new Formats();
    private static final int EXPRESSIONS_CACHED = 2_000;

    private final Site site;

    public Pages(Site site) {
        this.site = site;
    }

    /** The page of {@code template} ({@code model} for {@code templates/model.html}) with these variables. */
    public String render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH, variables);
        context.setVariable("site", site);
        context.setVariable("fmt", FORMATS);
        return ENGINE.process(template, context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        StandardCacheManager caches = new StandardCacheManager();
        // The templates hold about 650 parsed expressions: the default cache of 500 would parse some again on every page.
        caches.setExpressionCacheMaxSize(EXPRESSIONS_CACHED);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setCacheManager(caches);
        return engine;
    }
}
