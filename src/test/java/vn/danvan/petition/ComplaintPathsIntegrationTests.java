package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.petition.PetitionFixtures.petition;
import static vn.danvan.petition.PetitionFixtures.withRelation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.petition.domain.OverdueWatch;
import vn.danvan.shared.DomainException;

/**
 * The legal paths of a complaint on the real database (docs/law/rules.md A1 rows 3, 4, 4a, 4b, 4c, 6, 7; A3): complexity,
 * suspension and resumption, termination, time bar, second-complaint window, disciplinary complaints, group
 * acceptance and withdrawal — each audited and on the timeline.
 */
@DanvanIntegrationTest
class ComplaintPathsIntegrationTests {

    // Monday 5 October 2026: no holiday in the following weeks, so only weekends move the dates.
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    PetitionResolution resolution;

    @Autowired
    ComplaintProceedings complaints;

    @Autowired
    PetitionQueries queries;

    @Autowired
    OverdueWatch overdueWatch;

    @Autowired
    JdbcClient jdbc;

    PetitionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    private PetitionReference receive(PetitionType type, LocalDate on, String title) {
        return intake.receive(petition(setting.province().id(), type, on, title), setting.provinceHandler(), null);
    }

    private PetitionReference accept(long id, LocalDate on) {
        return processing.decide(
                id, new DecidePetition(Decision.ACCEPT, on, false, null, null, null, null), setting.provinceHandler());
    }

    private PetitionReference file(long id, LocalDate on, FilingGround ground) {
        return processing.decide(
                id, new DecidePetition(Decision.FILE, on, false, ground, null, null, null), setting.provinceHandler());
    }

    private void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable move, String code) {
        assertThatThrownBy(move)
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo(code);
    }

    private ComplaintProceedings.ComplaintView view(long id) {
        return complaints.view(id, setting.provinceHandler());
    }

    private List<String> timeline(long id) {
        return queries.timeline(id, setting.provinceHandler()).stream()
                .map(PetitionQueries.TimelineEntry::kind)
                .toList();
    }

    private List<String> audit(long id) {
        return jdbc.sql("select action from shared.audit_event where subject_type = 'petition' and subject_id = ?"
                        + " order by id")
                .param(String.valueOf(id))
                .query(String.class)
                .list();
    }

    private ComplaintParticulars learnedOn(
            ComplaintSubject subject, LocalDate learned, List<ComplaintParticulars.Obstacle> obstacles) {
        return new ComplaintParticulars(subject, false, learned, null, obstacles, null, false);
    }

    // ---- suspension, resumption, sending of the decisions -----------------------------------------------

    @Test
    void aSuspendedComplaintIsNotOverdueAndResumingRestartsItsThirtyDaysFromTheResumptionDecision() {
        PetitionReference received = receive(PetitionType.COMPLAINT, MONDAY, "Khiếu nại thu hồi đất");
        accept(received.id(), LocalDate.of(2026, 10, 7)); // due Friday 6 November

        PetitionReference suspended = complaints.suspend(
                received.id(),
                new SuspendComplaint(
                        SuspensionGround.FORCE_MAJEURE_OR_OBSTACLE,
                        "Người khiếu nại nằm viện dài ngày",
                        LocalDate.of(2026, 10, 20)),
                setting.provinceHandler());
        assertThat(suspended.due()).isNull();
        assertThat(suspended.state()).isEqualTo(PetitionState.ACCEPTED);

        overdueWatch.flagOverdue(LocalDate.of(2026, 11, 10));
        assertThat(timeline(received.id())).doesNotContain("DEADLINE_MISSED");
        assertThat(queries.petition(received.id(), setting.provinceHandler()).deadlineFlag())
                .isEqualTo(PetitionQueries.DeadlineFlag.NONE);

        // NĐ 124/2020 Đ.28b: the decision is sent within 3 working days of Tuesday 20 October: Friday 23.
        var afterSuspension = view(received.id());
        assertThat(afterSuspension.suspendedOn()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(afterSuspension.pendingDecision()).isEqualTo(DecisionKind.SUSPENSION);
        assertThat(afterSuspension.decisionSendingDue()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(afterSuspension.decisionSendingLate()).isTrue(); // not sent, and today is later
        assertThat(afterSuspension.maySuspend()).isFalse();
        assertThat(afterSuspension.mayResume()).isTrue();
        // Luật KN Đ.11: 30 days without the complainant continuing (19 November) give a ground to end it.
        assertThat(afterSuspension.suspensionLapses()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(afterSuspension.suspensionLapsed()).isTrue();
        complaints.recordDecisionSent(
                received.id(), new RecordDecisionSent(LocalDate.of(2026, 10, 22)), setting.provinceHandler());
        assertThat(view(received.id()).decisionSendingLate()).isFalse();

        PetitionReference resumed = complaints.resume(
                received.id(),
                new ResumeComplaint("Người khiếu nại đã ra viện", LocalDate.of(2026, 11, 16)),
                setting.provinceHandler());
        // The period restarts: Monday 16 November + 30 days = Wednesday 16 December.
        assertThat(resumed.due()).isEqualTo(LocalDate.of(2026, 12, 16));
        var afterResumption = view(received.id());
        assertThat(afterResumption.resumedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(afterResumption.pendingDecision()).isEqualTo(DecisionKind.RESUMPTION);
        assertThat(afterResumption.decisionSendingDue()).isEqualTo(LocalDate.of(2026, 11, 19));

        assertThat(timeline(received.id())).containsSubsequence("ACCEPTED", "SUSPENDED", "DECISION_SENT", "RESUMED");
        assertThat(audit(received.id()))
                .containsSubsequence("petition.suspended", "petition.decision_sent", "petition.resumed");
    }

    @Test
    void terminationEndsTheComplaintWithItsGroundAndItsDecisionIsDueInThreeWorkingDays() {
        PetitionReference received = receive(PetitionType.COMPLAINT, MONDAY, "Khiếu nại bồi thường");
        accept(received.id(), LocalDate.of(2026, 10, 7));
        PetitionReference terminated = complaints.terminate(
                received.id(),
                new TerminateComplaint(
                        TerminationGround.COURT_SEIZED,
                        "Tòa án đã thụ lý vụ án hành chính",
                        LocalDate.of(2026, 10, 29)),
                setting.provinceHandler());

        assertThat(terminated.state()).isEqualTo(PetitionState.RESOLVED);
        var petition = queries.petition(received.id(), setting.provinceHandler());
        assertThat(petition.outcome()).isEqualTo(Outcome.TERMINATED);
        var complaint = view(received.id());
        assertThat(complaint.terminationGround()).isEqualTo(TerminationGround.COURT_SEIZED);
        // Thursday 29 October: Friday 30, Monday 2, Tuesday 3 November.
        assertThat(complaint.decisionSendingDue()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(audit(received.id())).contains("petition.terminated");
        refused(
                () -> complaints.suspend(
                        received.id(),
                        new SuspendComplaint(SuspensionGround.OTHER, "x", null),
                        setting.provinceHandler()),
                "petition.not-being-resolved");
    }

    @Test
    void theFirstInstanceDecisionIsDueToThePartiesWithinThreeWorkingDaysAndFlaggedWhenSentLate() {
        PetitionReference received = receive(PetitionType.COMPLAINT, MONDAY, "Khiếu nại cấp giấy");
        accept(received.id(), LocalDate.of(2026, 10, 7));
        resolution.conclude(
                received.id(),
                new ConcludePetition(Outcome.RIGHT, "Khiếu nại đúng", LocalDate.of(2026, 10, 22)),
                setting.provinceHandler());
        // Luật KN Đ.32: Thursday 22 October → Friday 23, Monday 26, Tuesday 27.
        assertThat(view(received.id()).decisionSendingDue()).isEqualTo(LocalDate.of(2026, 10, 27));
        complaints.recordDecisionSent(
                received.id(), new RecordDecisionSent(LocalDate.of(2026, 10, 28)), setting.provinceHandler());
        var sent = view(received.id());
        assertThat(sent.decisionSentOn()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(sent.decisionSendingLate()).isTrue();
        refused(
                () -> complaints.recordDecisionSent(
                        received.id(), new RecordDecisionSent(LocalDate.of(2026, 10, 29)), setting.provinceHandler()),
                "complaint.no-decision-to-send");
    }

    // ---- time bar (Luật KN Đ.9) --------------------------------------------------------------------------

    @Test
    void aComplaintPastItsNinetyDayTimeBarIsNotAcceptedButFiledWithThatGround() {
        PetitionReference received = receive(PetitionType.COMPLAINT, MONDAY, "Khiếu nại muộn");
        complaints.recordParticulars(
                received.id(),
                learnedOn(ComplaintSubject.ADMINISTRATIVE, LocalDate.of(2026, 6, 1), List.of()),
                setting.provinceHandler());
        // 1 June + 90 days = Sunday 30 August 2026 → Monday 31 August.
        assertThat(view(received.id()).timeBarEnds()).isEqualTo(LocalDate.of(2026, 8, 31));

        refused(() -> accept(received.id(), LocalDate.of(2026, 10, 7)), "complaint.time-barred");
        assertThat(queries.petition(received.id(), setting.provinceHandler()).state())
                .isEqualTo(PetitionState.RECEIVED);

        PetitionReference filed = file(received.id(), LocalDate.of(2026, 10, 7), FilingGround.TIME_BARRED);
        assertThat(filed.state()).isEqualTo(PetitionState.FILED);
    }

    @Test
    void theDaysOfAnObjectiveObstacleKeepALateComplaintWithinItsTimeBar() {
        PetitionReference received = receive(PetitionType.COMPLAINT, MONDAY, "Khiếu nại sau khi ốm");
        complaints.recordParticulars(
                received.id(),
                learnedOn(
                        ComplaintSubject.ADMINISTRATIVE,
                        LocalDate.of(2026, 6, 1),
                        List.of(new ComplaintParticulars.Obstacle(
                                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), "Điều trị tại bệnh viện"))),
                setting.provinceHandler());
        // 62 days do not count: 30 August + 62 = Saturday 31 October → Monday 2 November.
        var complaint = view(received.id());
        assertThat(complaint.obstacleDays()).isEqualTo(62);
        assertThat(complaint.timeBarEnds()).isEqualTo(LocalDate.of(2026, 11, 2));

        assertThat(accept(received.id(), LocalDate.of(2026, 10, 7)).state()).isEqualTo(PetitionState.ACCEPTED);
        assertThat(timeline(received.id())).containsSubsequence("RECEIVED", "PARTICULARS_RECORDED", "ACCEPTED");
    }

    // ---- second complaint (Luật KN Đ.33) -----------------------------------------------------------------

    private PetitionReference resolvedFirstInstance(ComplaintSubject subject) {
        PetitionReference first = receive(PetitionType.COMPLAINT, MONDAY, "Khiếu nại lần đầu");
        if (subject == ComplaintSubject.DISCIPLINARY) {
            complaints.recordParticulars(
                    first.id(),
                    new ComplaintParticulars(subject, false, LocalDate.of(2026, 9, 28), null, null, null, false),
                    setting.provinceHandler());
        }
        accept(first.id(), LocalDate.of(2026, 10, 7));
        resolution.conclude(
                first.id(),
                new ConcludePetition(Outcome.WRONG, "Khiếu nại sai", LocalDate.of(2026, 10, 20)),
                setting.provinceHandler());
        complaints.recordDecisionSent(
                first.id(), new RecordDecisionSent(LocalDate.of(2026, 10, 21)), setting.provinceHandler());
        return first;
    }

    private PetitionReference second(PetitionReference first, LocalDate on) {
        return intake.receive(
                withRelation(
                        petition(setting.province().id(), PetitionType.COMPLAINT, on, "Khiếu nại lần hai"),
                        first.trackingCode(),
                        Relation.SECOND_INSTANCE_OF,
                        Instance.SECOND),
                setting.provinceHandler(),
                null);
    }

    @Test
    void aSecondComplaintAfterItsThirtyDayWindowIsNotAcceptedButOneWithinItIs() {
        PetitionReference first = resolvedFirstInstance(ComplaintSubject.ADMINISTRATIVE);

        PetitionReference late = second(first, LocalDate.of(2026, 11, 25));
        // The first decision went out on 21 October: + 30 days = Friday 20 November.
        assertThat(view(late.id()).secondWindowEnds()).isEqualTo(LocalDate.of(2026, 11, 20));
        refused(() -> accept(late.id(), LocalDate.of(2026, 11, 26)), "complaint.second-window-passed");
        assertThat(file(late.id(), LocalDate.of(2026, 11, 26), FilingGround.SECOND_COMPLAINT_OUT_OF_TIME)
                        .state())
                .isEqualTo(PetitionState.FILED);

        // The complainant received the decision only on 1 November: the window runs to Tuesday 1 December.
        PetitionReference inTime = second(first, LocalDate.of(2026, 11, 25));
        complaints.recordParticulars(
                inTime.id(),
                new ComplaintParticulars(
                        ComplaintSubject.ADMINISTRATIVE, false, null, LocalDate.of(2026, 11, 1), null, null, false),
                setting.provinceHandler());
        assertThat(view(inTime.id()).secondWindowEnds()).isEqualTo(LocalDate.of(2026, 12, 1));
        // Second instance: 45 days from Thursday 26 November = Sunday 10 January 2027 → Monday 11 January.
        assertThat(accept(inTime.id(), LocalDate.of(2026, 11, 26)).due()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    // ---- disciplinary decisions (Luật KN Đ.48, 50) -------------------------------------------------------

    @Test
    void aComplaintAboutADisciplinaryDecisionHasFifteenDaysToBeLodgedWhereAnAdministrativeOneHasNinety() {
        PetitionReference disciplinary = receive(PetitionType.COMPLAINT, MONDAY, "Khiếu nại quyết định kỷ luật");
        complaints.recordParticulars(
                disciplinary.id(),
                learnedOn(ComplaintSubject.DISCIPLINARY, LocalDate.of(2026, 9, 15), List.of()),
                setting.provinceHandler());
        // 15 September + 15 = Wednesday 30 September, before the receipt on 5 October.
        assertThat(view(disciplinary.id()).timeBarEnds()).isEqualTo(LocalDate.of(2026, 9, 30));
        refused(() -> accept(disciplinary.id(), LocalDate.of(2026, 10, 7)), "complaint.time-barred");

        PetitionReference administrative = receive(PetitionType.COMPLAINT, MONDAY, "Khiếu nại quyết định hành chính");
        complaints.recordParticulars(
                administrative.id(),
                learnedOn(ComplaintSubject.ADMINISTRATIVE, LocalDate.of(2026, 9, 15), List.of()),
                setting.provinceHandler());
        assertThat(accept(administrative.id(), LocalDate.of(2026, 10, 7)).state())
                .isEqualTo(PetitionState.ACCEPTED);
    }

    @Test
    void aSecondDisciplinaryComplaintHasTenDaysAndIsResolvedInThirtyNotFortyFive() {
        PetitionReference first = resolvedFirstInstance(ComplaintSubject.DISCIPLINARY);
        PetitionReference second = second(first, LocalDate.of(2026, 11, 2));
        complaints.recordParticulars(
                second.id(),
                new ComplaintParticulars(ComplaintSubject.DISCIPLINARY, false, null, null, null, null, false),
                setting.provinceHandler());
        // Sent 21 October + 10 days = Saturday 31 October → Monday 2 November (Luật KN Đ.50).
        assertThat(view(second.id()).secondWindowEnds()).isEqualTo(LocalDate.of(2026, 11, 2));
        // Accepted Tuesday 3 November: + 30 days = Thursday 3 December (an administrative one: 45 days).
        assertThat(accept(second.id(), LocalDate.of(2026, 11, 3)).due()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(view(second.id()).subject()).isEqualTo(ComplaintSubject.DISCIPLINARY);
    }

    // ---- group complaints and withdrawal (NĐ 124/2020 Đ.7a, 16(1)) ---------------------------------------

    private PetitionReference groupComplaint(int people, int representatives) {
        ReceivePetition base = petition(setting.province().id(), PetitionType.COMPLAINT, MONDAY, "Khiếu nại tập thể");
        return intake.receive(
                new ReceivePetition(
                        base.bodyId(),
                        base.channel(),
                        null,
                        null,
                        null,
                        base.type(),
                        base.fieldCode(),
                        null,
                        false,
                        PetitionerKind.GROUP,
                        people,
                        representatives,
                        base.petitioner(),
                        base.title(),
                        base.content(),
                        base.communeCode(),
                        base.receivedOn(),
                        false,
                        null,
                        null),
                setting.provinceHandler(),
                null);
    }

    @Test
    void aGroupComplaintIsAcceptedOnlyWhenEveryComplainantSignedAndItsRepresentativesWereAppointedInWriting() {
        PetitionReference group = groupComplaint(8, 2);
        refused(() -> accept(group.id(), LocalDate.of(2026, 10, 7)), "complaint.group-not-signed-by-all");
        complaints.recordParticulars(
                group.id(),
                new ComplaintParticulars(ComplaintSubject.ADMINISTRATIVE, false, null, null, null, 8, false),
                setting.provinceHandler());
        refused(
                () -> accept(group.id(), LocalDate.of(2026, 10, 7)),
                "complaint.representatives-not-appointed-in-writing");
        complaints.recordParticulars(
                group.id(),
                new ComplaintParticulars(ComplaintSubject.ADMINISTRATIVE, false, null, null, null, 8, true),
                setting.provinceHandler());
        assertThat(accept(group.id(), LocalDate.of(2026, 10, 7)).state()).isEqualTo(PetitionState.ACCEPTED);
    }

    @Test
    void someComplainantsOfAGroupWithdrawingLeaveTheResolutionToTheOthersAndTheLastOnesTerminateIt() {
        PetitionReference group = groupComplaint(6, 1);
        complaints.recordParticulars(
                group.id(),
                new ComplaintParticulars(ComplaintSubject.ADMINISTRATIVE, false, null, null, null, 6, true),
                setting.provinceHandler());
        accept(group.id(), LocalDate.of(2026, 10, 7));

        PetitionReference partly = complaints.withdraw(
                group.id(),
                new WithdrawComplaint(4, null, false, LocalDate.of(2026, 10, 12)),
                setting.provinceHandler());
        assertThat(partly.state()).isEqualTo(PetitionState.ACCEPTED);
        assertThat(partly.due()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(view(group.id()).withdrawnCount()).isEqualTo(4);
        refused(
                () -> complaints.withdraw(
                        group.id(),
                        new WithdrawComplaint(3, null, false, LocalDate.of(2026, 10, 13)),
                        setting.provinceHandler()),
                "complaint.withdrawing-more-than-remain");

        PetitionReference all = complaints.withdraw(
                group.id(),
                new WithdrawComplaint(2, null, false, LocalDate.of(2026, 10, 14)),
                setting.provinceHandler());
        assertThat(all.state()).isEqualTo(PetitionState.RESOLVED);
        assertThat(queries.petition(group.id(), setting.provinceHandler()).outcome())
                .isEqualTo(Outcome.WITHDRAWN);
        var complaint = view(group.id());
        assertThat(complaint.terminationGround()).isEqualTo(TerminationGround.WITHDRAWN);
        assertThat(complaint.pendingDecision()).isEqualTo(DecisionKind.TERMINATION);
        assertThat(timeline(group.id())).containsSubsequence("ACCEPTED", "WITHDRAWN", "WITHDRAWN", "TERMINATED");
        assertThat(audit(group.id()))
                .containsSubsequence("petition.withdrawn", "petition.withdrawn", "petition.terminated");

        // The withdrawn content, sent again without coercion, is not examined again.
        PetitionReference again = intake.receive(
                withRelation(
                        petition(
                                setting.province().id(), PetitionType.COMPLAINT, LocalDate.of(2026, 10, 20), "Gửi lại"),
                        group.trackingCode(),
                        Relation.RESUBMISSION_OF,
                        Instance.FIRST),
                setting.provinceHandler(),
                null);
        refused(() -> accept(again.id(), LocalDate.of(2026, 10, 21)), "complaint.withdrawn-content-not-reexamined");
    }

    // ---- complexity (NĐ 124/2020 Đ.3a; Luật Tố cáo Đ.30(1)) ---------------------------------------------

    @Test
    void aComplaintDeclaredComplexBeforeAcceptanceTakesFortyFiveDaysFromIt() {
        PetitionReference received = receive(PetitionType.COMPLAINT, MONDAY, "Khiếu nại nhiều nội dung");
        complaints.declareComplexity(
                received.id(),
                new DeclareComplexity(
                        Complexity.COMPLEX,
                        Set.of(ComplexityCriterion.SEVERAL_CONTENTS),
                        "Ba nội dung phải xác minh",
                        LocalDate.of(2026, 10, 6)),
                setting.provinceHandler());
        // 7 October + 45 days = Saturday 21 November → Monday 23 November.
        assertThat(accept(received.id(), LocalDate.of(2026, 10, 7)).due()).isEqualTo(LocalDate.of(2026, 11, 23));
        var complaint = view(received.id());
        assertThat(complaint.complexity()).isEqualTo(Complexity.COMPLEX);
        assertThat(complaint.complexityCriteria()).containsExactly(ComplexityCriterion.SEVERAL_CONTENTS);
        assertThat(complaint.complexityReason()).isEqualTo("Ba nội dung phải xác minh");
    }

    @Test
    void aDenunciationIsExtendedOnlyAsOftenAsItsDeclaredComplexityAllows() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, MONDAY, "Tố cáo cán bộ");
        accept(received.id(), LocalDate.of(2026, 10, 7)); // due Friday 6 November
        refused(
                () -> resolution.extend(
                        received.id(),
                        new ExtendResolution(null, "cần thêm thời gian", LocalDate.of(2026, 10, 20)),
                        setting.provinceHandler()),
                "denunciation.extension-needs-complexity");
        assertThat(view(received.id()).extensionsAllowed()).isZero();

        complaints.declareComplexity(
                received.id(),
                new DeclareComplexity(
                        Complexity.COMPLEX,
                        Set.of(ComplexityCriterion.SEVERAL_PLACES),
                        "Xác minh tại hai địa điểm",
                        LocalDate.of(2026, 10, 20)),
                setting.provinceHandler());
        assertThat(view(received.id()).extensionsAllowed()).isEqualTo(1);
        var extended = resolution.extend(
                received.id(),
                new ExtendResolution(null, "phức tạp", LocalDate.of(2026, 10, 21)),
                setting.provinceHandler());
        assertThat(extended.due()).isEqualTo(LocalDate.of(2026, 12, 7)); // day 60 is Sunday 6 December
        refused(
                () -> resolution.extend(
                        received.id(),
                        new ExtendResolution(null, "lần hai", LocalDate.of(2026, 10, 22)),
                        setting.provinceHandler()),
                "petition.no-more-extensions");

        complaints.declareComplexity(
                received.id(),
                new DeclareComplexity(
                        Complexity.ESPECIALLY_COMPLEX,
                        Set.of(ComplexityCriterion.SEVERAL_BODIES_RESPONSIBLE),
                        "Liên quan trách nhiệm của nhiều cơ quan",
                        LocalDate.of(2026, 11, 2)),
                setting.provinceHandler());
        assertThat(resolution
                        .extend(
                                received.id(),
                                new ExtendResolution(null, "đặc biệt phức tạp", LocalDate.of(2026, 11, 3)),
                                setting.provinceHandler())
                        .due())
                .isEqualTo(LocalDate.of(2027, 1, 5)); // 90 days from acceptance
        assertThat(timeline(received.id()))
                .containsSubsequence("ACCEPTED", "COMPLEXITY_DECLARED", "EXTENDED", "COMPLEXITY_DECLARED", "EXTENDED");
        assertThat(audit(received.id())).contains("petition.complexity_declared");
    }
}
