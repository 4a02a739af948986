package vn.danvan.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what concurrent callers hand in together: a few writer threads each take whatever is waiting (up
 * to a batch's size) and write it with one call of {@code writeAll} — for a database, one transaction of a
 * few multi-row statements instead of one transaction of several statements per item. A caller waits until
 * its item is written (or refused) and gets its own result, as if it had written alone: durable once
 * returned. Nothing waits to fill a batch; a batch is what arrived while the writers were busy.
 * <p>
 * When a batch fails, each of its items is written again alone, so one bad item fails only its own caller.
 * {@code writeAll} must therefore leave nothing behind when it throws (run it in a transaction), and return
 * one result per item, in order.
 */
public final class GroupCommit<I, O> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final Function<List<I>, List<O>> writeAll;
    private final int batchSize;
    private final BlockingQueue<Waiting<I, O>> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    private record Waiting<I, O>(I item, CompletableFuture<O> result) {}

    private static final Waiting<?, ?> STOP = new Waiting<>(new Object(), new CompletableFuture<>());

    public GroupCommit(String name, int writers, int batchSize, Function<List<I>, List<O>> writeAll) {
        if (writers < 1 || batchSize < 1) {
            throw new IllegalArgumentException("at least one writer and a batch of one");
        }
        this.writeAll = writeAll;
        this.batchSize = batchSize;
        for (int i = 0; i < writers; i++) {
            this.writers.add(
                    Thread.ofPlatform().daemon().name(name + "-writer-" + i).start(this::write));
        }
    }

    /** Writes the item with whatever else is waiting; its result, or the exception that refused it. */
    public O write(I item) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        var entry = new Waiting<I, O>(item, new CompletableFuture<>());
        waiting.add(entry);
        try {
            return entry.result().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    private void write() {
        List<Waiting<I, O>> batch = new ArrayList<>(batchSize);
        while (true) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException interrupted) {
                continue;
            }
            waiting.drainTo(batch, batchSize - 1);
            int stops = (int) batch.stream().filter(entry -> entry == STOP).count();
            batch.removeIf(entry -> entry == STOP);
            if (!batch.isEmpty()) {
                written(batch);
            }
            if (stops > 0) {
                // The other writers' stop signs go back for them.
                for (int i = 1; i < stops; i++) {
                    waiting.add(stop());
                }
                return;
            }
            batch.clear();
        }
    }

    /** Items handed in and not yet taken by a writer. */
    int waiting() {
        return waiting.size();
    }

    @SuppressWarnings("unchecked")
    private Waiting<I, O> stop() {
        return (Waiting<I, O>) STOP;
    }

    private void written(List<Waiting<I, O>> batch) {
        try {
            complete(batch, writeAll.apply(batch.stream().map(Waiting::item).toList()));
        } catch (RuntimeException | Error failed) {
            if (batch.size() == 1) {
                batch.getFirst().result().completeExceptionally(failed);
                return;
            }
            log.warn("A batch of {} failed; writing its items one by one", batch.size(), failed);
            for (var entry : batch) {
                try {
                    complete(List.of(entry), writeAll.apply(List.of(entry.item())));
                } catch (RuntimeException | Error alone) {
                    entry.result().completeExceptionally(alone);
                }
            }
        }
    }

    private static <I, O> void complete(List<Waiting<I, O>> batch, List<O> results) {
        if (results.size() != batch.size()) {
            throw new IllegalStateException(results.size() + " results for " + batch.size() + " items");
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results.get(i));
        }
    }

    /** Writes what is waiting, then stops the writers; an item handed in later is refused. */
    @Override
    public void close() {
        closed = true;
        // A stop sign per writer behind what waits: interrupting a writer would break its database connection.
        writers.forEach(writer -> waiting.add(stop()));
        for (Thread writer : writers) {
            try {
                writer.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        for (Waiting<I, O> late; (late = waiting.poll()) != null; ) {
            late.result().completeExceptionally(new IllegalStateException("closed"));
        }
    }
}
