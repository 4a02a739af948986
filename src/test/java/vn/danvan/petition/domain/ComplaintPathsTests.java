package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.petition.domain.PetitionTests.MONDAY;
import static vn.danvan.petition.domain.PetitionTests.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.danvan.petition.Channel;
import vn.danvan.petition.ComplaintParticulars;
import vn.danvan.petition.ComplaintSubject;
import vn.danvan.petition.DecisionKind;
import vn.danvan.petition.Instance;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.SuspensionGround;
import vn.danvan.petition.TerminationGround;
import vn.danvan.petition.domain.Petition.PetitionEvent.Kind;

/** The legal paths of a complaint, guarded by the aggregate: no Spring, no database. */
class ComplaintPathsTests {

    static Petition complaint(int people, int representatives) {
        Petition petition = Petition.receive(
                "T-1",
                7,
                Channel.POST,
                PetitionType.COMPLAINT,
                "LAND",
                Instance.FIRST,
                people == 1 ? PetitionerKind.INDIVIDUAL : PetitionerKind.GROUP,
                "Khiếu nại",
                "Nội dung",
                MONDAY,
                MONDAY.plusDays(7),
                new Petition.Particulars(
                        null, null, null, false, people, representatives, null, null, null, null, false),
                null,
                null);
        petition.stored(1L);
        return petition;
    }

    static ComplaintParticulars particulars(
            @Nullable LocalDate learnedOn, @Nullable Integer signatures, boolean appointed) {
        return new ComplaintParticulars(
                ComplaintSubject.ADMINISTRATIVE, false, learnedOn, null, List.of(), signatures, appointed);
    }

    @Test
    void aGroupComplaintIsAcceptedOnlyWithEverySignatureAndAWrittenAppointmentOfItsRepresentatives() {
        Petition group = complaint(8, 2);
        assertRefused(() -> group.requireAdmissible(null, null), "complaint.group-not-signed-by-all");

        group.recordParticulars(particulars(null, 7, true), MONDAY);
        assertRefused(() -> group.requireAdmissible(null, null), "complaint.group-not-signed-by-all");
        group.recordParticulars(particulars(null, 8, false), MONDAY);
        assertRefused(() -> group.requireAdmissible(null, null), "complaint.representatives-not-appointed-in-writing");
        assertRefused(
                () -> group.recordParticulars(particulars(null, 9, true), MONDAY),
                "complaint.signatures-exceed-complainants");

        group.recordParticulars(particulars(null, 8, true), MONDAY);
        group.requireAdmissible(null, null);
    }

    @Test
    void aComplaintLodgedAfterItsTimeBarOrSecondWindowIsNotAccepted() {
        Petition late = complaint(1, 0);
        assertRefused(() -> late.requireAdmissible(MONDAY.minusDays(1), null), "complaint.time-barred");
        assertRefused(() -> late.requireAdmissible(null, MONDAY.minusDays(1)), "complaint.second-window-passed");
        late.requireAdmissible(MONDAY, MONDAY);
    }

    @Test
    void obstacleDaysCountBothEndsAndMustLieBeforeTheReceipt() {
        Petition petition = complaint(1, 0);
        assertRefused(
                () -> petition.recordParticulars(
                        new ComplaintParticulars(
                                ComplaintSubject.ADMINISTRATIVE,
                                false,
                                MONDAY.minusDays(120),
                                null,
                                List.of(new ComplaintParticulars.Obstacle(
                                        MONDAY.minusDays(10), MONDAY.minusDays(20), "Ốm")),
                                null,
                                false),
                        MONDAY),
                "complaint.obstacle-dates-invalid");
        petition.recordParticulars(
                new ComplaintParticulars(
                        ComplaintSubject.ADMINISTRATIVE,
                        false,
                        MONDAY.minusDays(120),
                        null,
                        List.of(new ComplaintParticulars.Obstacle(
                                MONDAY.minusDays(60), MONDAY.minusDays(31), "Nằm viện")),
                        null,
                        false),
                MONDAY);
        assertThat(petition.obstacleDays()).isEqualTo(30);
        assertThat(petition.learnedOn()).isEqualTo(MONDAY.minusDays(120));
        assertRefused(
                () -> petition.recordParticulars(
                        new ComplaintParticulars(ComplaintSubject.ADMINISTRATIVE, true, null, null, null, null, false),
                        MONDAY),
                "complaint.dismissal-only-disciplinary");
    }

    @Test
    void aSuspendedComplaintIsNeverOverdueAndResumingRestartsItsPeriod() {
        Petition petition = complaint(1, 0);
        petition.accept(MONDAY, false, MONDAY.plusDays(30));
        petition.suspend(
                MONDAY.plusDays(10), SuspensionGround.FORCE_MAJEURE_OR_OBSTACLE, "Bão lũ", MONDAY.plusDays(13));

        assertThat(petition.currentDue()).isNull();
        assertThat(petition.flagOverdue(MONDAY.plusDays(60))).isFalse();
        assertRefused(
                () -> petition.suspend(MONDAY.plusDays(11), SuspensionGround.OTHER, "x", null),
                "complaint.already-suspended");
        assertRefused(
                () -> petition.resume(MONDAY.plusDays(9), "x", MONDAY.plusDays(39), null),
                "complaint.resumed-before-suspension");

        petition.resume(MONDAY.plusDays(50), "Hết bão lũ", MONDAY.plusDays(80), MONDAY.plusDays(53));
        assertThat(petition.currentDue()).isEqualTo(MONDAY.plusDays(80));
        assertThat(petition.state()).isEqualTo(PetitionState.ACCEPTED);
        assertRefused(
                () -> petition.resume(MONDAY.plusDays(51), "x", MONDAY.plusDays(81), null), "complaint.not-suspended");
        assertThat(petition.drainEvents()).extracting(e -> e.kind()).containsSubsequence(Kind.SUSPENDED, Kind.RESUMED);
    }

    @Test
    void terminationEndsTheCaseWithItsGroundAndItsDecisionMustBeSent() {
        Petition petition = complaint(1, 0);
        petition.accept(MONDAY, false, MONDAY.plusDays(30));
        petition.terminate(MONDAY.plusDays(3), TerminationGround.COURT_SEIZED, "Tòa án đã thụ lý", MONDAY.plusDays(6));

        assertThat(petition.state()).isEqualTo(PetitionState.RESOLVED);
        assertThat(petition.outcome()).isEqualTo(Outcome.TERMINATED);
        assertThat(petition.terminationGround()).isEqualTo(TerminationGround.COURT_SEIZED);
        assertThat(petition.decisionSendingLate(MONDAY.plusDays(6))).isFalse();
        assertThat(petition.decisionSendingLate(MONDAY.plusDays(7))).isTrue();

        assertRefused(() -> petition.decisionSent(MONDAY.plusDays(2)), "complaint.sent-before-issue");
        petition.decisionSent(MONDAY.plusDays(8));
        assertThat(petition.decisionSendingLate(MONDAY.plusDays(8))).isTrue();
        assertRefused(() -> petition.decisionSent(MONDAY.plusDays(9)), "complaint.no-decision-to-send");
    }

    @Test
    void aDecisionSentOnItsLastDayIsNotLate() {
        Petition petition = complaint(1, 0);
        petition.accept(MONDAY, false, MONDAY.plusDays(30));
        petition.conclude(MONDAY.plusDays(20), Outcome.RIGHT, "Khiếu nại đúng");
        petition.issueDecision(DecisionKind.RESOLUTION, MONDAY.plusDays(20), MONDAY.plusDays(23));
        petition.decisionSent(MONDAY.plusDays(23));
        assertThat(petition.decisionSendingLate(MONDAY.plusDays(40))).isFalse();
    }

    @Test
    void someComplainantsWithdrawingLeaveTheCaseToTheOthersAndTheLastOnesEndIt() {
        Petition group = complaint(6, 1);
        group.accept(MONDAY, false, MONDAY.plusDays(30));

        assertThat(group.withdraw(MONDAY.plusDays(1), 4, null, false, null)).isFalse();
        assertThat(group.state()).isEqualTo(PetitionState.ACCEPTED);
        assertRefused(
                () -> group.withdraw(MONDAY.plusDays(2), 3, null, false, null),
                "complaint.withdrawing-more-than-remain");
        assertRefused(() -> group.withdraw(MONDAY.plusDays(2), 0, " ", false, null), "complaint.withdrawal-empty");

        assertThat(group.withdraw(MONDAY.plusDays(2), 2, null, false, MONDAY.plusDays(5)))
                .isTrue();
        assertThat(group.state()).isEqualTo(PetitionState.RESOLVED);
        assertThat(group.outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(group.terminationGround()).isEqualTo(TerminationGround.WITHDRAWN);
    }

    @Test
    void oneComplainantWithdrawingPartOfTheContentLeavesTheRestToResolve() {
        Petition petition = complaint(1, 0);
        petition.accept(MONDAY, false, MONDAY.plusDays(30));
        assertThat(petition.withdraw(MONDAY.plusDays(1), 0, "Yêu cầu bồi thường cây trồng", true, null))
                .isFalse();
        assertThat(petition.state()).isEqualTo(PetitionState.ACCEPTED);
        assertThat(petition.complaintRecord().withdrawnContent()).isEqualTo("Yêu cầu bồi thường cây trồng");
        assertThat(petition.withdrawalCoerced()).isTrue();
    }

    @Test
    void onlyAComplaintIsSuspendedTerminatedOrWithdrawn() {
        Petition denunciation = PetitionTests.petition(PetitionType.DENUNCIATION);
        denunciation.accept(MONDAY, false, MONDAY.plusDays(30));
        assertRefused(
                () -> denunciation.suspend(MONDAY, SuspensionGround.OTHER, "x", null), "complaint.only-complaints");
        assertRefused(
                () -> denunciation.terminate(MONDAY, TerminationGround.OTHER, "x", null), "complaint.only-complaints");
        assertRefused(() -> denunciation.withdraw(MONDAY, 1, null, false, null), "complaint.only-complaints");
    }
}
