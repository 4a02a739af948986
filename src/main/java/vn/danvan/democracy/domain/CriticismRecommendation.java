package vn.danvan.democracy.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.CommentVerdict;

/** A recommendation of a document of criticism, with the drafting body's written reply and its follow-up. */
public record CriticismRecommendation(
        long id,
        long criticismId,
        int position,
        String body,
        @Nullable CommentVerdict verdict,
        @Nullable String reply,
        @Nullable LocalDate repliedOn,
        @Nullable LocalDate doneOn,
        @Nullable String doneNote) {

    public enum State {
        AWAITING_REPLY,
        OVERDUE,
        REPLIED,
        DONE
    }

    /** As of a day, against the day the reply is due. */
    public State stateOn(LocalDate today, @Nullable LocalDate replyDueOn) {
        if (doneOn != null) {
            return State.DONE;
        }
        if (repliedOn != null) {
            return State.REPLIED;
        }
        return replyDueOn != null && today.isAfter(replyDueOn) ? State.OVERDUE : State.AWAITING_REPLY;
    }
}
