package vn.danvan.reception.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.danvan.reception.ReceptionCommands.ScheduleSession;
import vn.danvan.reception.ReceptionSchedule.Head;
import vn.danvan.reception.SessionKind;
import vn.danvan.shared.DomainException;

/**
 * A session of the reception schedule (lịch tiếp công dân): scheduled, then held or cancelled — each move only
 * from the schedule, and returns the session as it stands after the move.
 */
public record ReceptionSession(
        long id,
        long bodyId,
        @Nullable Long headId,
        @Nullable String headName,
        SessionKind kind,
        LocalDate heldOn,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        boolean online,
        @Nullable String delegateName,
        SessionState state,
        boolean published,
        @Nullable String note) {

    /**
     * Whether the session may go on the body's schedule: it ends after it starts; a session led by a head names a
     * head of the body; periodic reception falls on a working day and is delegated only where the head's rule
     * allows it; regular reception (by the reception staff) has neither head nor delegate.
     *
     * @param head the head named, if it is one of the body's
     * @param workingDay whether the day is a working day
     * @param rule the head's frequency rule in force on the day, if any
     */
    public static void checkSchedule(
            ScheduleSession command,
            @Nullable String delegate,
            Optional<Head> head,
            boolean workingDay,
            Optional<ObligationRule> rule) {
        if (!command.endsAt().isAfter(command.startsAt())) {
            throw DomainException.invalid("reception.times-reversed");
        }
        if (command.kind().headLed()) {
            if (command.headId() == null) {
                throw DomainException.invalid("reception.head-required");
            }
            if (head.isEmpty()) {
                throw DomainException.invalid("reception.head-not-of-body");
            }
            if (command.kind() == SessionKind.PERIODIC) {
                if (!workingDay) {
                    throw DomainException.invalid(
                            "reception.day-off", command.heldOn().toString());
                }
                if (delegate != null && rule.isPresent() && !rule.get().mayDelegate()) {
                    throw DomainException.invalid(
                            "reception.delegation-not-allowed", rule.get().source());
                }
            }
        } else if (command.headId() != null || delegate != null) {
            throw DomainException.invalid("reception.regular-has-no-head");
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
        return new ReceptionSession(
                id,
                bodyId,
                headId,
                headName,
                kind,
                heldOn,
                startsAt,
                endsAt,
                place,
                online,
                delegateName,
                to,
                published,
                note);
    }
}
