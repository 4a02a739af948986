package vn.danvan.reception.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.danvan.reception.HeadPosition;
import vn.danvan.reception.ReceptionCommands.ScheduleSession;
import vn.danvan.reception.ReceptionSchedule.Head;
import vn.danvan.reception.SessionKind;
import vn.danvan.shared.DomainException;

/** A reception session's moves, without a database: only a scheduled session is held or cancelled. */
class ReceptionSessionTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 17);

    static ReceptionSession scheduled() {
        return new ReceptionSession(
                5,
                10,
                3L,
                "Hoàng Văn Nam",
                SessionKind.PERIODIC,
                DAY,
                LocalTime.of(7, 30),
                LocalTime.of(11, 30),
                "Trụ sở",
                false,
                null,
                SessionState.SCHEDULED,
                true,
                "Tiếp định kỳ");
    }

    @Test
    void aScheduledSessionIsHeldOnceItsDayHasCome() {
        ReceptionSession held = scheduled().markHeld(DAY);
        assertThat(held.state()).isEqualTo(SessionState.HELD);
        assertThat(held.note()).isEqualTo("Tiếp định kỳ");
        assertThat(held.id()).isEqualTo(5);
    }

    @Test
    void aSessionIsNotHeldBeforeItsDay() {
        assertThatThrownBy(() -> scheduled().markHeld(DAY.minusDays(1)))
                .extracting("code")
                .isEqualTo("reception.session-in-future");
    }

    @Test
    void aCancelledSessionKeepsTheReasonAsItsNote() {
        ReceptionSession cancelled = scheduled().cancel("  Bí thư đi công tác ");
        assertThat(cancelled.state()).isEqualTo(SessionState.CANCELLED);
        assertThat(cancelled.note()).isEqualTo("Bí thư đi công tác");
    }

    @Test
    void aSessionIsNotCancelledWithoutAReason() {
        assertThatThrownBy(() -> scheduled().cancel(" "))
                .extracting("code")
                .isEqualTo("reception.cancel-reason-required");
        assertThatThrownBy(() -> scheduled().cancel(null))
                .extracting("code")
                .isEqualTo("reception.cancel-reason-required");
    }

    @Test
    void aHeldOrCancelledSessionMovesNoFurther() {
        ReceptionSession held = scheduled().markHeld(DAY);
        assertThatThrownBy(() -> held.markHeld(DAY)).extracting("code").isEqualTo("reception.session-not-scheduled");
        assertThatThrownBy(() -> held.cancel("muộn")).extracting("code").isEqualTo("reception.session-not-scheduled");
        ReceptionSession cancelled = scheduled().cancel("Đi công tác");
        assertThatThrownBy(() -> cancelled.markHeld(DAY.plusDays(1)))
                .extracting("code")
                .isEqualTo("reception.session-not-scheduled");
    }

    @Test
    void aVisitIsLoggedInASessionOfItsBodyOnItsDayUnlessItWasCancelled() {
        scheduled().checkAdmits(10, DAY);
        assertThatThrownBy(() -> scheduled().checkAdmits(11, DAY))
                .extracting("code")
                .isEqualTo("reception.session-not-of-body");
        assertThatThrownBy(() -> scheduled().checkAdmits(10, DAY.plusDays(1)))
                .extracting("code")
                .isEqualTo("reception.visit-outside-session");
        assertThatThrownBy(() -> scheduled().cancel("Hoãn").checkAdmits(10, DAY))
                .extracting("code")
                .isEqualTo("reception.visit-outside-session");
    }

    static final Head SECRETARY =
            new Head(3, 10, HeadPosition.COMMUNE_PARTY_SECRETARY, "Hoàng Văn Nam", null, DAY.minusYears(1), null);

    static ScheduleSession plan(SessionKind kind, @Nullable Long headId, LocalTime startsAt, LocalTime endsAt) {
        return new ScheduleSession(10L, headId, kind, DAY, startsAt, endsAt, "Trụ sở", false, null, true, null);
    }

    static ObligationRule rule(boolean mayDelegate) {
        return new ObligationRule(
                HeadPosition.COMMUNE_PARTY_SECRETARY, "MONTH", 1, mayDelegate, DAY.minusYears(5), null, "QĐ 11-QĐi/TW");
    }

    static String refusal(
            ScheduleSession command,
            @Nullable String delegate,
            Optional<Head> head,
            boolean workingDay,
            Optional<ObligationRule> rule) {
        try {
            ReceptionSession.checkSchedule(command, delegate, head, workingDay, rule);
        } catch (DomainException refused) {
            return refused.code();
        }
        return "allowed";
    }

    @Test
    void aSessionEndsAfterItStarts() {
        assertThat(refusal(
                        plan(SessionKind.REGULAR, null, LocalTime.of(11, 0), LocalTime.of(11, 0)),
                        null,
                        Optional.empty(),
                        true,
                        Optional.empty()))
                .isEqualTo("reception.times-reversed");
        assertThat(refusal(
                        plan(SessionKind.REGULAR, null, LocalTime.of(7, 30), LocalTime.of(11, 0)),
                        null,
                        Optional.empty(),
                        true,
                        Optional.empty()))
                .isEqualTo("allowed");
    }

    @Test
    void aSessionLedByAHeadNamesAHeadOfTheBody() {
        LocalTime from = LocalTime.of(7, 30);
        LocalTime to = LocalTime.of(11, 30);
        assertThat(refusal(plan(SessionKind.AD_HOC, null, from, to), null, Optional.empty(), true, Optional.empty()))
                .isEqualTo("reception.head-required");
        assertThat(refusal(plan(SessionKind.AD_HOC, 99L, from, to), null, Optional.empty(), true, Optional.empty()))
                .isEqualTo("reception.head-not-of-body");
        assertThat(refusal(
                        plan(SessionKind.AD_HOC, 3L, from, to), null, Optional.of(SECRETARY), false, Optional.empty()))
                .isEqualTo("allowed");
    }

    @Test
    void periodicReceptionFallsOnAWorkingDayAndIsDelegatedOnlyWhereTheRuleAllows() {
        ScheduleSession periodic = plan(SessionKind.PERIODIC, 3L, LocalTime.of(7, 30), LocalTime.of(11, 30));
        assertThat(refusal(periodic, null, Optional.of(SECRETARY), false, Optional.of(rule(true))))
                .isEqualTo("reception.day-off");
        assertThat(refusal(periodic, "Phó Bí thư", Optional.of(SECRETARY), true, Optional.of(rule(false))))
                .isEqualTo("reception.delegation-not-allowed");
        assertThat(refusal(periodic, "Phó Bí thư", Optional.of(SECRETARY), true, Optional.of(rule(true))))
                .isEqualTo("allowed");
        assertThat(refusal(periodic, null, Optional.of(SECRETARY), true, Optional.of(rule(false))))
                .isEqualTo("allowed");
    }

    @Test
    void regularReceptionHasNeitherHeadNorDelegate() {
        assertThat(refusal(
                        plan(SessionKind.REGULAR, 3L, LocalTime.of(7, 30), LocalTime.of(11, 30)),
                        null,
                        Optional.empty(),
                        true,
                        Optional.empty()))
                .isEqualTo("reception.regular-has-no-head");
        assertThat(refusal(
                        plan(SessionKind.REGULAR, null, LocalTime.of(7, 30), LocalTime.of(11, 30)),
                        "Cán bộ",
                        Optional.empty(),
                        true,
                        Optional.empty()))
                .isEqualTo("reception.regular-has-no-head");
    }
}
