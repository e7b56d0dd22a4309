package org.pedigree.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A value derived from a store is computed once per store generation, by one caller at a time, and can be kept current in place. */
class GenerationCacheTest {
    private final Tdb2LineageStore store = Tdb2LineageStore.inMemory();
    private final AtomicInteger computed = new AtomicInteger();

    @AfterEach
    void close() {
        store.close();
    }

    private void write(String name) {
        store.write(dsg -> dsg.add(NodeFactory.createURI("http://pedigree.test/record/a"), NodeFactory.createURI("http://pedigree.test/a"),
                NodeFactory.createURI("http://schema.org/name"), NodeFactory.createLiteralString(name)));
    }

    @Test
    void a_value_is_computed_once_per_generation() {
        GenerationCache<Integer> cache = GenerationCache.of(store, generation -> computed.incrementAndGet());
        assertEquals(Optional.empty(), cache.last());
        assertEquals(1, cache.get());
        assertEquals(1, cache.get());
        write("A");
        assertEquals(Optional.empty(), cache.ifCurrent(), "stale after a write, and not computed without get()");
        assertEquals(Optional.of(1), cache.last());
        assertEquals(2, cache.get());
        assertEquals(Optional.of(2), cache.ifCurrent());
        cache.invalidate();
        assertEquals(Optional.empty(), cache.last());
        assertEquals(3, cache.get());
    }

    @Test
    void callers_wait_for_the_one_computation_under_way_but_a_peek_does_not() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GenerationCache<Integer> cache = GenerationCache.of(store, generation -> {
            started.countDown();
            await(release);
            return computed.incrementAndGet();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> gets = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                gets.add(pool.submit(cache::get));
            }
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertEquals(Optional.empty(), cache.ifCurrent(), "a peek does not wait for the computation");
            release.countDown();
            for (Future<Integer> get : gets) {
                assertEquals(1, get.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get(), "one computation for every caller");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_computation_that_writes_says_which_generation_its_value_reflects() {
        GenerationCache<Integer> cache = GenerationCache.stamped(store, generation -> {
            write("derived " + computed.get());
            return new GenerationCache.Stamped<>(computed.incrementAndGet(), store.generation());
        });
        assertEquals(1, cache.get());
        assertEquals(1, cache.get(), "its own write does not make it stale");
        write("B");
        assertEquals(2, cache.get());
    }

    @Test
    void a_value_brought_up_to_date_in_place_is_current_again() {
        List<String> seen = new ArrayList<>();
        GenerationCache<List<String>> cache = GenerationCache.of(store, generation -> {
            computed.incrementAndGet();
            return seen;
        });
        cache.update(list -> list.add("before any value"));
        assertTrue(seen.isEmpty(), "nothing to update before the first computation");
        cache.get();
        write("C");
        cache.update(list -> list.add("C"));
        assertEquals(List.of("C"), cache.get());
        assertEquals(1, computed.get(), "updated, not computed again");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
