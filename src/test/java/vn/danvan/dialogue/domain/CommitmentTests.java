package vn.danvan.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;

/** A commitment's moves, without a database: each starts only from the states the ledger allows. */
class CommitmentTests {

    static final LocalDate HELD = LocalDate.of(2026, 10, 10);
    static final LocalDate DUE = LocalDate.of(2026, 11, 15);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static Commitment in(CommitmentState state, @Nullable Boolean confirmed) {
        return new Commitment(
                7,
                3,
                1,
                20,
                "Nguyễn Văn Hà",
                null,
                "Nạo vét cống kiệt 45",
                DUE,
                state,
                state == CommitmentState.DONE ? DUE : null,
                null,
                confirmed,
                null,
                null,
                "Đối thoại năm 2026",
                HELD,
                10,
                11L,
                "19789");
    }

    static Commitment open() {
        return in(CommitmentState.OPEN, null);
    }

    /** The code of the refusal of the move; fails when the move is allowed. */
    static String code(Runnable move) {
        try {
            move.run();
        } catch (DomainException refused) {
            return refused.code();
        }
        throw new AssertionError("the move was allowed");
    }

    @Test
    void anOpenCommitmentStartsThenIsDoneOnTheDayReported() {
        Commitment started = open().start();
        assertThat(started.state()).isEqualTo(CommitmentState.IN_PROGRESS);
        Commitment done = started.complete(LocalDate.of(2026, 11, 18));
        assertThat(done.state()).isEqualTo(CommitmentState.DONE);
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(done.id()).isEqualTo(7);
    }

    @Test
    void anOpenCommitmentMayBeDoneWithoutBeingStarted() {
        assertThat(open().complete(TODAY).state()).isEqualTo(CommitmentState.DONE);
    }

    @Test
    void onlyAnOpenCommitmentStarts() {
        assertThat(code(() -> open().start().start())).isEqualTo("commitment.transition-not-allowed");
        assertThat(code(() -> in(CommitmentState.DONE, null).start())).isEqualTo("commitment.transition-not-allowed");
    }

    @Test
    void aDroppedCommitmentKeepsItsReasonAndMovesNoFurther() {
        Commitment dropped = open().start().drop("  Chuyển sang dự án của thành phố ");
        assertThat(dropped.state()).isEqualTo(CommitmentState.DROPPED);
        assertThat(dropped.dropReason()).isEqualTo("Chuyển sang dự án của thành phố");
        assertThat(code(() -> dropped.start())).isEqualTo("commitment.transition-not-allowed");
        assertThat(code(() -> dropped.complete(TODAY))).isEqualTo("commitment.transition-not-allowed");
        assertThat(code(() -> dropped.drop("lại"))).isEqualTo("commitment.transition-not-allowed");
        assertThat(code(() -> dropped.checkProgress())).isEqualTo("commitment.finished");
    }

    @Test
    void aDoneCommitmentIsNeitherDoneAgainNorDropped() {
        Commitment done = in(CommitmentState.DONE, null);
        assertThat(code(() -> done.complete(TODAY))).isEqualTo("commitment.transition-not-allowed");
        assertThat(code(() -> done.drop("muộn"))).isEqualTo("commitment.transition-not-allowed");
        assertThat(code(() -> done.checkProgress())).isEqualTo("commitment.finished");
    }

    @Test
    void progressIsNotedWhileTheCommitmentIsUnfinished() {
        open().checkProgress();
        open().start().checkProgress();
    }

    @Test
    void thePeopleConfirmOnceAndOnlyWhenItIsDone() {
        assertThat(code(() -> open().confirm(true, "Tổ trưởng", TODAY))).isEqualTo("commitment.confirm-needs-done");
        Commitment confirmed = in(CommitmentState.DONE, null).confirm(false, " Tổ trưởng tổ dân phố 5 ", TODAY);
        assertThat(confirmed.confirmed()).isFalse();
        assertThat(confirmed.confirmedBy()).isEqualTo("Tổ trưởng tổ dân phố 5");
        assertThat(confirmed.confirmedOn()).isEqualTo(TODAY);
        assertThat(confirmed.state()).isEqualTo(CommitmentState.DONE);
        assertThat(code(() -> confirmed.confirm(true, "Tổ trưởng", TODAY))).isEqualTo("commitment.already-confirmed");
    }

    @Test
    void aDayInTheFutureIsNotADayDoneAndAMoveNeedsItsText() {
        assertThat(code(() -> Commitment.checkDoneOn(TODAY.plusDays(1), TODAY))).isEqualTo("commitment.done-in-future");
        Commitment.checkDoneOn(TODAY, TODAY);
        assertThat(code(() -> Commitment.required(" ", "commitment.reason-required")))
                .isEqualTo("commitment.reason-required");
        assertThat(Commitment.required(" lý do ", "commitment.reason-required")).isEqualTo("lý do");
    }

    @Test
    void anUnfinishedCommitmentPastItsDueDateIsOverdueAndOneDoneIsNot() {
        assertThat(open().overdueOn(TODAY)).isTrue();
        assertThat(open().overdueOn(DUE)).isFalse();
        assertThat(in(CommitmentState.DONE, null).overdueOn(TODAY)).isFalse();
    }

    @Test
    void itConcernsStaffOfTheOwnerTheConvenerAndTheCoConvener() {
        assertThat(open().concerns(staffOf(Set.of(20L)))).isTrue();
        assertThat(open().concerns(staffOf(Set.of(10L)))).isTrue();
        assertThat(open().concerns(staffOf(Set.of(11L)))).isTrue();
        assertThat(open().concerns(staffOf(Set.of(99L)))).isFalse();
    }

    static StaffMember staffOf(Set<Long> scope) {
        return new StaffMember(
                1, "canbo", "Cán bộ", scope.iterator().next(), EnumSet.of(Role.CASE_HANDLER), scope, false, false);
    }
}
