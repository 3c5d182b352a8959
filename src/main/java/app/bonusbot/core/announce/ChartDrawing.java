package app.bonusbot.core.announce;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Draws the charts of posts being prepared while the next posts are written: for many teams on a few threads using
 * every core, for one team on the caller's thread. Hands each post on once its charts are drawn, in the order the
 * posts were written; holds at most a bounded number of drawn posts the caller has not taken yet.
 */
final class ChartDrawing implements AutoCloseable {

    /** Posts written ahead of the charts still being drawn, at most: bounds the memory a digest of thousands holds. */
    private static final int MOST_AHEAD = 64;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final PostChartRenderer renderer;
    private final Consumer<PreparedPost> ready;
    private final ExecutorService pool;
    private final ArrayDeque<Future<PreparedPost>> drawing = new ArrayDeque<>();

    private ChartDrawing(PostChartRenderer renderer, Consumer<PreparedPost> ready, ExecutorService pool) {
        this.renderer = renderer;
        this.ready = ready;
        this.pool = pool;
    }

    /** @param posts how many posts will be added: with one, the pool would only cost a thread */
    static ChartDrawing of(PostChartRenderer renderer, int posts, Consumer<PreparedPost> ready) {
        if (posts < 2) {
            return new ChartDrawing(renderer, ready, null);
        }
        int threads = Math.max(1, Math.min(posts, Runtime.getRuntime().availableProcessors()));
        String name = "post-charts-" + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new ChartDrawing(renderer, ready, pool);
    }

    /** Draws the post's charts, and hands on every post whose charts are done, in order. */
    void add(PostDraft draft) {
        if (pool == null) {
            ready.accept(draft.drawn(renderer));
            return;
        }
        drawing.add(pool.submit(() -> draft.drawn(renderer)));
        while (!drawing.isEmpty() && (drawing.peek().isDone() || drawing.size() > MOST_AHEAD)) {
            ready.accept(await(drawing.poll()));
        }
    }

    /** Waits for the charts still being drawn and hands their posts on. */
    void finish() {
        while (!drawing.isEmpty()) {
            ready.accept(await(drawing.poll()));
        }
    }

    private static PreparedPost await(Future<PreparedPost> post) {
        try {
            return post.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the posts' charts were drawn", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
