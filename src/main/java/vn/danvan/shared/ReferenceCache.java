package vn.danvan.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A short-lived copy of reference data that every request reads and administrators seldom change:
 * administrative units, bodies, petition fields, API clients. Intake reads them several times per
 * petition; at national volume those round trips cost more than the petition itself
 * (docs/performance.md).
 * <p>
 * Only values that were found are kept, so something created is seen at once. The module that changes a
 * value evicts its region on this instance; other instances see the change within
 * {@code danvan.reference-cache.time-to-live} (one minute by default; {@code PT0S} turns the cache off).
 */
@Component
public class ReferenceCache {

    private static final int MOST_ENTRIES = 100_000;

    private record Entry(Object value, long expiresAt) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long timeToLiveNanos;

    ReferenceCache(@Value("${danvan.reference-cache.time-to-live:PT1M}") Duration timeToLive) {
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    /** The value of {@code key} in {@code region}, loaded when absent or expired; an empty result is not kept. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(String region, Object key, Supplier<Optional<T>> loader) {
        if (timeToLiveNanos <= 0) {
            return loader.get();
        }
        String name = region + '\u0000' + key;
        long now = System.nanoTime();
        Entry entry = entries.get(name);
        if (entry != null && now - entry.expiresAt() < 0) {
            return Optional.of((T) entry.value());
        }
        Optional<T> loaded = loader.get();
        if (loaded.isPresent()) {
            if (entries.size() >= MOST_ENTRIES) {
                entries.clear();
            }
            entries.put(name, new Entry(loaded.get(), now + timeToLiveNanos));
        } else if (entry != null) {
            entries.remove(name, entry);
        }
        return loaded;
    }

    /** As {@link #get}, for a value that always exists (a list, possibly empty), which is therefore kept. */
    public <T> T value(String region, Object key, Supplier<T> loader) {
        return this.<T>get(region, key, () -> Optional.of(loader.get())).orElseThrow();
    }

    /**
     * Forgets every value of a region on this instance, after a change to it: at once, and again when the
     * change's transaction ends, since a request may have read the old value in between.
     */
    public void evict(String region) {
        String prefix = region + '\u0000';
        entries.keySet().removeIf(name -> name.startsWith(prefix));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.keySet().removeIf(name -> name.startsWith(prefix));
                }
            });
        }
    }
}
