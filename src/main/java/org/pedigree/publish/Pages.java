package org.pedigree.publish;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Thymeleaf templates in {@code /templates/} (HTML mode, every {@code th:text}
 * escaped). Each page gets the {@link Site} as {@code site} for links.
 */
final class Pages {
    private final TemplateEngine engine = new TemplateEngine();
    private final Site site;

    Pages(Site site) {
        this.site = site;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    String render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariables(variables);
        context.setVariable("site", site);
        return engine.process(template, context);
    }
}
