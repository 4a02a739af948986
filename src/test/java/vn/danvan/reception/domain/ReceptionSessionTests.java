package vn.danvan.reception.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import vn.danvan.reception.SessionKind;

/** A reception session's moves, without a database: only a scheduled session is held or cancelled. */
class ReceptionSessionTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 17);

    static ReceptionSession scheduled() {
        return new ReceptionSession(5, 10, 3L, "Hoàng Văn Nam", SessionKind.PERIODIC, DAY, LocalTime.of(7, 30),
                LocalTime.of(11, 30), "Trụ sở", false, null, SessionState.SCHEDULED, true, "Tiếp định kỳ");
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
        assertThatThrownBy(() -> scheduled().markHeld(DAY.minusDays(1))).extracting("code")
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
        assertThatThrownBy(() -> scheduled().cancel(" ")).extracting("code")
                .isEqualTo("reception.cancel-reason-required");
        assertThatThrownBy(() -> scheduled().cancel(null)).extracting("code")
                .isEqualTo("reception.cancel-reason-required");
    }

    @Test
    void aHeldOrCancelledSessionMovesNoFurther() {
        ReceptionSession held = scheduled().markHeld(DAY);
        assertThatThrownBy(() -> held.markHeld(DAY)).extracting("code").isEqualTo("reception.session-not-scheduled");
        assertThatThrownBy(() -> held.cancel("muộn")).extracting("code").isEqualTo("reception.session-not-scheduled");
        ReceptionSession cancelled = scheduled().cancel("Đi công tác");
        assertThatThrownBy(() -> cancelled.markHeld(DAY.plusDays(1))).extracting("code")
                .isEqualTo("reception.session-not-scheduled");
    }

    @Test
    void aVisitIsLoggedInASessionOfItsBodyOnItsDayUnlessItWasCancelled() {
        scheduled().checkAdmits(10, DAY);
        assertThatThrownBy(() -> scheduled().checkAdmits(11, DAY)).extracting("code")
                .isEqualTo("reception.session-not-of-body");
        assertThatThrownBy(() -> scheduled().checkAdmits(10, DAY.plusDays(1))).extracting("code")
                .isEqualTo("reception.visit-outside-session");
        assertThatThrownBy(() -> scheduled().cancel("Hoãn").checkAdmits(10, DAY)).extracting("code")
                .isEqualTo("reception.visit-outside-session");
    }

    @Test
    void aSessionEndsAfterItStarts() {
        assertThatThrownBy(() -> ReceptionSession.checkTimes(LocalTime.of(11, 0), LocalTime.of(11, 0)))
                .extracting("code").isEqualTo("reception.times-reversed");
        ReceptionSession.checkTimes(LocalTime.of(7, 30), LocalTime.of(11, 0));
    }
}
