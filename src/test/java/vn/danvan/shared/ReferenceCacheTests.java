package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReferenceCacheTests {

    private final AtomicInteger loads = new AtomicInteger();

    private Optional<String> load(String value) {
        loads.incrementAndGet();
        return Optional.ofNullable(value);
    }

    @Test
    void aFoundValueIsLoadedOnceWithinItsTimeToLive() {
        var cache = new ReferenceCache(Duration.ofMinutes(1));

        assertThat(cache.get("unit", "19753", () -> load("Phường Thuận Hóa"))).contains("Phường Thuận Hóa");
        assertThat(cache.get("unit", "19753", () -> load("changed"))).contains("Phường Thuận Hóa");
        assertThat(loads).hasValue(1);
    }

    @Test
    void somethingNotFoundIsAskedForAgainSoThatWhatIsCreatedIsSeenAtOnce() {
        var cache = new ReferenceCache(Duration.ofMinutes(1));

        assertThat(cache.get("body", 7L, () -> load(null))).isEmpty();
        assertThat(cache.get("body", 7L, () -> load("Ủy ban nhân dân phường"))).contains("Ủy ban nhân dân phường");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aValueThatAlwaysExistsIsKeptEvenWhenEmpty() {
        var cache = new ReferenceCache(Duration.ofMinutes(1));

        assertThat(cache.value("staff", 7L, () -> {
                    loads.incrementAndGet();
                    return List.of();
                }))
                .isEmpty();
        assertThat(cache.value("staff", 7L, () -> {
                    loads.incrementAndGet();
                    return List.of("cán bộ");
                }))
                .isEmpty();
        assertThat(loads).hasValue(1);
    }

    @Test
    void evictingARegionForgetsItsValuesAndNoOtherRegions() {
        var cache = new ReferenceCache(Duration.ofMinutes(1));
        cache.get("body", 1L, () -> load("old"));
        cache.get("unit", 1L, () -> load("unit"));

        cache.evict("body");

        assertThat(cache.get("body", 1L, () -> load("new"))).contains("new");
        assertThat(cache.get("unit", 1L, () -> load("other"))).contains("unit");
    }

    @Test
    void anExpiredValueIsLoadedAgain() throws InterruptedException {
        var cache = new ReferenceCache(Duration.ofMillis(20));
        cache.get("key", "a", () -> load("first"));

        Thread.sleep(40);

        assertThat(cache.get("key", "a", () -> load("second"))).contains("second");
    }

    @Test
    void aTimeToLiveOfZeroTurnsTheCacheOff() {
        var cache = new ReferenceCache(Duration.ZERO);
        cache.get("key", "a", () -> load("first"));

        assertThat(cache.get("key", "a", () -> load("second"))).contains("second");
        assertThat(loads).hasValue(2);
    }
}
