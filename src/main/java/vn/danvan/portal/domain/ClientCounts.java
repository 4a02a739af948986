package vn.danvan.portal.domain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * What this instance knows of each API client's hourly count: the count last read from the database and the
 * submissions it let through since. Reading the count costs up to a limit's worth of rows (2,000 for a busy
 * client); with this memory, a busy client is read once per hundredth of its limit instead of at every
 * submission. Each instance lets at most that hundredth through between two readings, and a reading is
 * used for ten seconds at most, so the limit holds to within one per cent for each instance running.
 */
public final class ClientCounts {

    private static final long FRESH_NANOS = Duration.ofSeconds(10).toNanos();

    private record Reading(long readAt, long counted, AtomicInteger since) {}

    private final Map<String, Reading> readings = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public ClientCounts() {
        this(System::nanoTime);
    }

    ClientCounts(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Whether one more submission of the client may go through on the last reading, without reading the
     * count again; counts it if so.
     */
    public boolean admitUnread(String client, long limit) {
        Reading last = readings.get(client);
        long unread = Math.max(1, limit / 100);
        return last != null
                && nanoTime.getAsLong() - last.readAt() < FRESH_NANOS
                && last.counted() + unread < limit
                && last.since().incrementAndGet() <= unread;
    }

    /** Remembers a count just read from the database, the submission that read it included if admitted. */
    public void read(String client, long counted) {
        readings.put(client, new Reading(nanoTime.getAsLong(), counted, new AtomicInteger()));
    }
}
