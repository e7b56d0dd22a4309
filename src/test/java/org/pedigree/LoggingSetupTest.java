package org.pedigree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

class LoggingSetupTest {
    @Test
    void slf4j_has_exactly_one_binding_and_it_is_logback() {
        List<String> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
                .map(p -> p.type().getName()).toList();
        assertEquals(List.of("ch.qos.logback.classic.spi.LogbackServiceProvider"), providers);
    }
}
