package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pedigree.testing.DemoServerTest;

/**
 * The templates call only public methods of public types. OGNL, which evaluates Thymeleaf's
 * expressions, calls any other method inside a lock held on that method, and makes it accessible
 * and inaccessible again on every call: one package-private record in a template serialises the
 * rendering of every page that shows it across all request threads (measured: a model page at half
 * its speed on two cores). OGNL keeps what it decided for each method it called, which this test
 * reads after every kind of page has been rendered.
 */
class TemplateCallsTest extends DemoServerTest {
    @Test
    void every_method_a_page_calls_is_public_on_a_public_type() throws Exception {
        for (String path : PagesAreValidHtmlTest.PAGES) {
            assertEquals(path.equals("/no/such/page") ? 404 : 200, running.get(path, "text/html").statusCode(), path);
        }
        assertEquals(200, running.get("/models?base=%2Fmodel%2Fmistralai%2FMistral-7B-v0.1&kind=quantized", "text/html").statusCode());
        Map<Method, Boolean> decided = ognlAccessDecisions();
        assertTrue(decided.size() > 20, "the pages called " + decided.size() + " methods through OGNL");
        List<String> locked = decided.entrySet().stream().filter(Map.Entry::getValue).map(e -> e.getKey().toString()).sorted().toList();
        assertTrue(locked.isEmpty(), "methods called from templates that OGNL calls under a lock (make them, and their type, public): " + locked);
    }

    /** OGNL's {@code OgnlRuntime._methodAccessCache}: for each method it called, whether it had to make it accessible. */
    @SuppressWarnings("unchecked")
    private static Map<Method, Boolean> ognlAccessDecisions() throws ReflectiveOperationException {
        Field cache = Class.forName("ognl.OgnlRuntime").getDeclaredField("_methodAccessCache");
        cache.setAccessible(true);
        return (Map<Method, Boolean>) cache.get(null);
    }
}
