package vn.danvan.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientCountsTests {

    private final AtomicLong now = new AtomicLong();
    private final ClientCounts counts = new ClientCounts(now::get);

    @Test
    void aClientNeverReadIsReadFirst() {
        assertThat(counts.admitUnread("tong-dai", 2000)).isFalse();
    }

    @Test
    void betweenTwoReadingsAtMostAHundredthOfTheLimitGoesThroughUnread() {
        counts.read("tong-dai", 500);
        int unread = 0;
        while (counts.admitUnread("tong-dai", 2000)) {
            unread++;
        }
        assertThat(unread).isEqualTo(20);
        counts.read("tong-dai", 521);
        assertThat(counts.admitUnread("tong-dai", 2000)).isTrue();
    }

    @Test
    void nearTheLimitEverySubmissionIsRead() {
        counts.read("tong-dai", 1981);
        assertThat(counts.admitUnread("tong-dai", 2000)).isFalse();
        counts.read("cong-tinh", 1979);
        assertThat(counts.admitUnread("cong-tinh", 2000)).isTrue();
    }

    @Test
    void aReadingIsUsedForTenSecondsAtMost() {
        counts.read("tong-dai", 10);
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(counts.admitUnread("tong-dai", 2000)).isTrue();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(counts.admitUnread("tong-dai", 2000)).isFalse();
    }

    @Test
    void aSmallLimitLetsOneThroughUnreadAtMost() {
        counts.read("thu-nghiem", 3);
        assertThat(counts.admitUnread("thu-nghiem", 10)).isTrue();
        assertThat(counts.admitUnread("thu-nghiem", 10)).isFalse();
    }
}
