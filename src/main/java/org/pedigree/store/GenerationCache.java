package org.pedigree.store;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * A value derived from a store (an index, a dump, a memory of answers) that goes stale when the
 * store's {@link LineageStore#generation() generation} moves: {@link #get()} returns the value of
 * the current generation, computing it first when there is none yet or the store changed since.
 * Thread-safe: one computation runs at a time, and other callers of {@code get()} wait for it;
 * {@link #ifCurrent()} and {@link #last()} never wait; {@link #within(Duration)} computes in the
 * background and waits a bounded time.
 *
 * <pre>{@code
 * GenerationCache<BrowseIndex> index = GenerationCache.of(store, generation -> store.read(BrowseIndex::build));
 * BrowseIndex now = index.get();
 * }</pre>
 *
 * @param <T> the derived value
 */
public final class GenerationCache<T> {
    /** A value and the store generation it reflects. */
    public record Stamped<T>(T value, long generation) {}

    private final LineageStore store;
    private final LongFunction<Stamped<T>> compute;
    private final ReentrantLock computing = new ReentrantLock();
    private volatile Stamped<T> held;
    private volatile CompletableFuture<T> background;
    private volatile long backgroundStarted;

    private GenerationCache(LineageStore store, LongFunction<Stamped<T>> compute) {
        this.store = store;
        this.compute = compute;
    }

    /**
     * A value computed by {@code compute}, given the generation read just before it starts: a
     * write during the computation makes the value stale at once.
     */
    public static <T> GenerationCache<T> of(LineageStore store, LongFunction<T> compute) {
        return new GenerationCache<>(store, generation -> new Stamped<>(compute.apply(generation), generation));
    }

    /**
     * A value whose computation says which generation it reflects: for one that writes to the
     * store itself (derived facts), so that its own write does not make it stale.
     */
    public static <T> GenerationCache<T> stamped(LineageStore store, LongFunction<Stamped<T>> compute) {
        return new GenerationCache<>(store, compute);
    }

    /** The value of the store's current generation, computed now (or awaited) when the one held is stale or missing. */
    public T get() {
        Stamped<T> value = held;
        if (value != null && value.generation() == store.generation()) {
            return value.value();
        }
        computing.lock();
        try {
            long generation = store.generation();
            value = held;
            if (value != null && value.generation() == generation) {
                return value.value(); // computed by the caller this one waited for
            }
            value = Objects.requireNonNull(compute.apply(generation), "the computation gave no value");
            held = value;
            return value.value();
        } finally {
            computing.unlock();
        }
    }

    /** The value held if it is of the store's current generation, without computing or waiting. */
    public Optional<T> ifCurrent() {
        Stamped<T> value = held;
        return value != null && value.generation() == store.generation() ? Optional.of(value.value()) : Optional.empty();
    }

    /** The last value computed, whatever its generation, without computing or waiting; empty before the first. */
    public Optional<T> last() {
        Stamped<T> value = held;
        return value == null ? Optional.empty() : Optional.of(value.value());
    }

    /** The last value computed and the generation it is stamped with, without computing or waiting; empty before the first. */
    public Optional<Stamped<T>> lastStamped() {
        return Optional.ofNullable(held);
    }

    /**
     * Holds {@code value}, made elsewhere (read back from a file), as the value of {@code generation},
     * unless a value is held already; returns whether it was taken.
     */
    public boolean offer(T value, long generation) {
        computing.lock();
        try {
            if (held != null) {
                return false;
            }
            held = new Stamped<>(Objects.requireNonNull(value, "value"), generation);
            return true;
        } finally {
            computing.unlock();
        }
    }

    /** Forgets the value (what it stands for was lost, as a file removed): the next {@link #get()} computes it again. */
    public void invalidate() {
        computing.lock();
        try {
            held = null;
        } finally {
            computing.unlock();
        }
    }

    /**
     * Changes the value in place, one at a time with computations, and stamps it with the store's
     * generation after the change: for a value its owner brings up to date with a write it is
     * told of (and with the owner's own writes), rather than computing it again. Does nothing
     * while there is no value.
     */
    public void update(Consumer<? super T> change) {
        computing.lock();
        try {
            Stamped<T> value = held;
            if (value != null) {
                change.accept(value.value());
                held = new Stamped<>(value.value(), store.generation());
            }
        } finally {
            computing.unlock();
        }
    }

    /**
     * Starts computing the value of the current generation in a background thread, unless a
     * computation started so is under way; the future gives the value.
     */
    public synchronized CompletableFuture<T> refresh() {
        if (background == null || background.isDone()) {
            backgroundStarted = System.nanoTime();
            background = CompletableFuture.supplyAsync(this::get, task -> Thread.ofVirtual().name("generation-cache").start(task));
        }
        return background;
    }

    /** Whether a value was ever computed or a {@link #refresh()} was asked for: from then on the value is wanted. */
    public boolean wanted() {
        return held != null || background != null;
    }

    /**
     * The value of the store's current generation when it is there, or computed in the background
     * ({@link #refresh()}, started if needed) before that computation has run for {@code wait};
     * otherwise the last value computed, empty before the first. A value that takes long to
     * compute on a large store makes only the callers of its first {@code wait} wait.
     *
     * @throws IllegalStateException when the computation failed
     */
    public Optional<T> within(Duration wait) {
        Optional<T> current = ifCurrent();
        if (current.isPresent()) {
            return current;
        }
        CompletableFuture<T> computation = refresh();
        long left = wait.toNanos() - (System.nanoTime() - backgroundStarted);
        try {
            return Optional.of(computation.get(Math.max(0, left), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return last();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return last();
        } catch (ExecutionException e) {
            throw new IllegalStateException("computing it in the background failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
