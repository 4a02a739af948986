package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.programme.PublicationDuty;

/** One publication duty of a campaign: due, done, overdue, and how long what was published stays up. */
public record DutyClock(
        long campaignId,
        PublicationDuty duty,
        @Nullable LocalDate dueOn,
        @Nullable LocalDate doneOn,
        @Nullable String channel,
        @Nullable BigDecimal publishedAmount) {

    public enum State {
        NOT_YET_KNOWN,
        PENDING,
        OVERDUE,
        DONE_ON_TIME,
        DONE_LATE
    }

    public State state(LocalDate today) {
        if (doneOn != null) {
            return dueOn == null || !doneOn.isAfter(dueOn) ? State.DONE_ON_TIME : State.DONE_LATE;
        }
        if (dueOn == null) {
            return State.NOT_YET_KNOWN;
        }
        return today.isAfter(dueOn) ? State.OVERDUE : State.PENDING;
    }

    public boolean overdue(LocalDate today) {
        return state(today) == State.OVERDUE;
    }

    /** The last day what was published must stay posted (Đ.14: 30 days). */
    public @Nullable LocalDate postedUntil() {
        return doneOn == null ? null : doneOn.plusDays(CampaignRule.POSTING_DURATION.days());
    }
}
