package org.fiqra.build;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A long build's progress, reported at a steady rate (not a line per page): the stage it is in and how
 * many of its items are done, as {@code Fiqra: render: 1,234 of 5,000 documents (both trees) (12 s)}. Silent for a
 * build that ends before the first report is due.
 */
final class Progress implements AutoCloseable {
    private final Consumer<String> sink;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "start";
    private volatile int total;
    private volatile String unit = "";
    private final java.util.Map<String, Long> timings = new java.util.LinkedHashMap<>();
    private long stageStarted = System.nanoTime();

    private Progress(Consumer<String> sink, Duration every) {
        this.sink = sink;
        if (sink == null) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fiqra-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = every.toMillis();
        timer.scheduleAtFixedRate(this::report, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Reports to {@code sink} every {@code every}; a null sink reports nothing. */
    static Progress every(Duration every, Consumer<String> sink) {
        return new Progress(sink, every);
    }

    /** Enters a stage of {@code total} items ({@code unit}: "documents", "pages"), or of no count (total 0). */
    void stage(String name, int total, String unit) {
        endStage();
        this.stage = name;
        this.total = total;
        this.unit = unit;
        done.set(0);
    }

    private synchronized void endStage() {
        long now = System.nanoTime();
        timings.merge(stage, TimeUnit.NANOSECONDS.toMillis(now - stageStarted), Long::sum);
        stageStarted = now;
    }

    /** How long each stage has taken so far, in milliseconds, in the order they ran. */
    synchronized java.util.Map<String, Long> timings() {
        endStage();
        return new java.util.LinkedHashMap<>(timings);
    }

    void done() {
        done.incrementAndGet();
    }

    private void report() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String count = total > 0 ? String.format(java.util.Locale.ROOT, ": %,d of %,d %s", done.get(), total, unit) : "";
        sink.accept("Fiqra: " + stage + count + " (" + seconds + " s)");
    }

    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
