package vn.danvan.reception.domain;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import vn.danvan.reception.SessionKind;
import vn.danvan.shared.DomainException;

/**
 * A session of the reception schedule (lịch tiếp công dân): scheduled, then held or cancelled — each move only
 * from the schedule, and returns the session as it stands after the move.
 */
public record ReceptionSession(long id, long bodyId, @Nullable Long headId, @Nullable String headName, SessionKind kind,
        LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place, boolean online,
        @Nullable String delegateName, SessionState state, boolean published, @Nullable String note) {

    /** A session ends after it starts. */
    public static void checkTimes(LocalTime startsAt, LocalTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw DomainException.invalid("reception.times-reversed");
        }
    }

    /** The session took place: a scheduled session, on a day that has come. */
    public ReceptionSession markHeld(LocalDate today) {
        requireScheduled();
        if (heldOn.isAfter(today)) {
            throw DomainException.invalid("reception.session-in-future");
        }
        return moveTo(SessionState.HELD, note);
    }

    /** Taken off the schedule, for a reason, which becomes its note. */
    public ReceptionSession cancel(@Nullable String reason) {
        requireScheduled();
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reception.cancel-reason-required");
        }
        return moveTo(SessionState.CANCELLED, reason.strip());
    }

    /** A visit of the body on the day of the session, unless it was cancelled, may be logged in it. */
    public void checkAdmits(long visitBodyId, LocalDate visitedOn) {
        if (bodyId != visitBodyId) {
            throw DomainException.invalid("reception.session-not-of-body");
        }
        if (state == SessionState.CANCELLED || !heldOn.equals(visitedOn)) {
            throw DomainException.invalid("reception.visit-outside-session");
        }
    }

    private void requireScheduled() {
        if (state != SessionState.SCHEDULED) {
            throw DomainException.conflict("reception.session-not-scheduled");
        }
    }

    private ReceptionSession moveTo(SessionState to, @Nullable String note) {
        return new ReceptionSession(id, bodyId, headId, headName, kind, heldOn, startsAt, endsAt, place, online,
                delegateName, to, published, note);
    }
}
