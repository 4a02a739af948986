package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTests {

    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstBatchStarted = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    /** Doubles each item; the first batch waits until released, so that the others queue up behind it. */
    private List<Integer> doubled(List<Integer> items) {
        batches.add(items);
        firstBatchStarted.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (items.contains(13)) {
            throw new IllegalArgumentException("thirteen");
        }
        return items.stream().map(item -> item * 2).toList();
    }

    @AfterEach
    void stopCallers() {
        release.countDown();
        callers.shutdownNow();
    }

    private List<Future<Integer>> sendWhileTheFirstBatchIsWritten(
            GroupCommit<Integer, Integer> commit, List<Integer> items) throws Exception {
        List<Future<Integer>> results = new ArrayList<>();
        results.add(callers.submit(() -> commit.write(items.getFirst())));
        assertThat(firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (Integer item : items.subList(1, items.size())) {
            results.add(callers.submit(() -> commit.write(item)));
        }
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (commit.waiting() < items.size() - 1 && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        release.countDown();
        return results;
    }

    @Test
    void whatArrivesWhileTheWriterIsBusyIsWrittenInOneBatchAndEachCallerGetsItsOwnResult() throws Exception {
        try (var commit = new GroupCommit<Integer, Integer>("test", 1, 50, this::doubled)) {
            List<Future<Integer>> results = sendWhileTheFirstBatchIsWritten(commit, List.of(1, 2, 3, 4, 5, 6, 7, 8));
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((i + 1) * 2);
            }
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly(1);
        assertThat(batches.get(1)).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aBatchIsNeverLargerThanItsSize() throws Exception {
        try (var commit = new GroupCommit<Integer, Integer>("test", 1, 3, this::doubled)) {
            for (Future<Integer> result : sendWhileTheFirstBatchIsWritten(commit, List.of(1, 2, 3, 4, 5, 6, 7, 8))) {
                result.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(3));
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(8);
    }

    @Test
    void whenABatchFailsItsItemsAreWrittenOneByOneSoOnlyTheBadOneFails() throws Exception {
        try (var commit = new GroupCommit<Integer, Integer>("test", 1, 50, this::doubled)) {
            List<Future<Integer>> results = sendWhileTheFirstBatchIsWritten(commit, List.of(1, 12, 13, 14));
            assertThat(results.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(results.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(24);
            assertThatThrownBy(() -> results.get(2).get(10, TimeUnit.SECONDS)).hasRootCauseMessage("thirteen");
            assertThat(results.get(3).get(10, TimeUnit.SECONDS)).isEqualTo(28);
        }
        assertThat(batches).contains(List.of(12), List.of(13), List.of(14));
    }

    @Test
    void aCallerWhoseItemFailsAloneGetsTheExceptionItself() {
        release.countDown();
        try (var commit = new GroupCommit<Integer, Integer>("test", 2, 50, this::doubled)) {
            assertThatThrownBy(() -> commit.write(13))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("thirteen");
            assertThat(commit.write(21)).isEqualTo(42);
        }
    }

    @Test
    void closingWritesWhatWaitsThenRefusesNewItems() throws Exception {
        var commit = new GroupCommit<Integer, Integer>("test", 1, 50, this::doubled);
        List<Future<Integer>> results = sendWhileTheFirstBatchIsWritten(commit, List.of(1, 2, 3));
        commit.close();
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((i + 1) * 2);
        }
        assertThatThrownBy(() -> commit.write(4)).isInstanceOf(IllegalStateException.class);
    }
}
