package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.dialogue.CommitmentTracking;
import vn.danvan.dialogue.DialogueCommands.HoldDialogue;
import vn.danvan.dialogue.DialogueCommands.MakeCommitment;
import vn.danvan.dialogue.DialogueCommands.RaiseIssue;
import vn.danvan.dialogue.DialogueKind;
import vn.danvan.dialogue.DialogueRecording;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.PetitionType;
import vn.danvan.programme.AdviceCommands.AddAdviceTask;
import vn.danvan.programme.AdviceCommands.CompleteAdviceTask;
import vn.danvan.programme.AdviceCommands.DraftAdvice;
import vn.danvan.programme.AdviceCommands.RecordDecision;
import vn.danvan.programme.AdviceCommands.SendAdvice;
import vn.danvan.programme.InspectionCommands.AddRecommendation;
import vn.danvan.programme.InspectionCommands.CloseInspection;
import vn.danvan.programme.InspectionCommands.CompleteRecommendation;
import vn.danvan.programme.InspectionCommands.PlanInspection;
import vn.danvan.programme.InspectionCommands.RecordFindings;
import vn.danvan.programme.domain.Advice;
import vn.danvan.programme.domain.AdviceEvidence;
import vn.danvan.programme.domain.AdviceTask;
import vn.danvan.programme.domain.Inspection;
import vn.danvan.programme.domain.InspectionRecommendation;
import vn.danvan.programme.domain.ReviewFigure;
import vn.danvan.shared.VietnamTime;

/**
 * Inspections of a unit's dân vận work followed to the close of their recommendations, and advice to the Party
 * committee from its evidence (frozen when sent) to the committee's decision and the follow-up tasks.
 */
@DanvanIntegrationTest
class InspectionAndAdviceIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);
    private static final LocalDate HELD = TODAY.minusDays(40);

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    InspectionBook inspections;

    @Autowired
    AdviceBook advices;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    DialogueRecording dialogues;

    @Autowired
    CommitmentTracking commitments;

    @Autowired
    JdbcClient jdbc;

    PlanFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    Inspection inspectTheCommune() {
        return inspections.plan(
                new PlanInspection(
                        setting.board().id(),
                        setting.commune().id(),
                        HELD,
                        "Đồng chí Trưởng ban (trưởng đoàn), 3 thành viên",
                        "Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền"),
                setting.boardStaff());
    }

    @Test
    void anInspectionsRecommendationsAreFollowedToDoneAndTheOverdueOnesAreFlagged() {
        Inspection planned = inspectTheCommune();
        assertThat(planned.state()).isEqualTo(Inspection.State.PLANNED);
        assertThatThrownBy(() -> inspections.recommend(
                        planned.id(),
                        new AddRecommendation("Sớm", setting.commune().id(), TODAY),
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("inspection.not-held");

        inspections.recordFindings(
                planned.id(),
                new RecordFindings(HELD, "Tiếp công dân đúng lịch; chưa công khai kết quả đối thoại."),
                TODAY,
                setting.boardStaff());
        InspectionRecommendation late = inspections.recommend(
                planned.id(),
                new AddRecommendation(
                        "Công khai kết quả hội nghị đối thoại",
                        setting.commune().id(),
                        TODAY.minusDays(10)),
                setting.boardStaff());
        InspectionRecommendation onTime = inspections.recommend(
                planned.id(),
                new AddRecommendation("Kiện toàn tổ dân vận", setting.commune().id(), TODAY.plusDays(20)),
                setting.boardStaff());
        assertThatThrownBy(() -> inspections.recommend(
                        planned.id(),
                        new AddRecommendation("Bên ngoài", setting.police().id(), TODAY),
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("inspection.owner-not-involved");

        // the overdue recommendation is flagged to the inspecting body and to the unit that owns it
        assertThat(late.overdue(TODAY)).isTrue();
        assertThat(onTime.overdue(TODAY)).isFalse();
        assertThat(inspections.overdue(setting.boardStaff(), TODAY))
                .extracting(InspectionRecommendation::id)
                .containsExactly(late.id());
        assertThat(inspections.overdue(setting.communeStaff(), TODAY))
                .extracting(InspectionRecommendation::id)
                .containsExactly(late.id());

        assertThatThrownBy(() -> inspections.close(
                        planned.id(), new CloseInspection(TODAY, "Xong"), TODAY, setting.boardStaff()))
                .extracting("code")
                .isEqualTo("inspection.recommendations-open");

        // the inspected commune reports its recommendations done; then the board closes the follow-up
        inspections.complete(
                late.id(),
                new CompleteRecommendation(TODAY.minusDays(1), "Đã niêm yết"),
                TODAY,
                setting.communeStaff());
        inspections.complete(
                onTime.id(), new CompleteRecommendation(TODAY, "Đã kiện toàn"), TODAY, setting.communeStaff());
        assertThat(inspections.overdue(setting.boardStaff(), TODAY)).isEmpty();
        Inspection closed = inspections.close(
                planned.id(),
                new CloseInspection(TODAY, "Các kiến nghị đã được thực hiện đầy đủ"),
                TODAY,
                setting.boardStaff());

        assertThat(closed.state()).isEqualTo(Inspection.State.CLOSED);
        assertThat(closed.followedUpOn()).isEqualTo(TODAY);
        assertThat(jdbc.sql("select kind from programme.plan_event where subject_type = 'inspection'"
                                + " and subject_id = ? order by id")
                        .param(planned.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "INSPECTION_PLANNED",
                        "INSPECTION_HELD",
                        "RECOMMENDED",
                        "RECOMMENDED",
                        "RECOMMENDATION_DONE",
                        "RECOMMENDATION_DONE",
                        "INSPECTION_CLOSED");
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action like 'inspection.%'"
                                        + " and ((subject_type = 'inspection' and subject_id = ?) or details->>'inspection' = ?)")
                        .param(String.valueOf(planned.id()))
                        .param(String.valueOf(planned.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(7);
    }

    @Test
    void anInspectionIsSeenOnlyByTheInspectingBodyAndTheInspectedUnitAndOnlyTheInspectorRecordsIt() {
        Inspection planned = inspectTheCommune();

        assertThat(inspections.inspections(setting.communeStaff()))
                .extracting(Inspection::id)
                .contains(planned.id());
        assertThat(inspections.inspections(setting.borderStaff())).isEmpty();
        assertThatThrownBy(() -> inspections.inspection(planned.id(), setting.borderStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
        // the inspected commune may read its inspection but not write its findings
        assertThatThrownBy(() -> inspections.recordFindings(
                        planned.id(), new RecordFindings(HELD, "Tự đánh giá tốt"), TODAY, setting.communeStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
        assertThatThrownBy(() -> inspections.recordFindings(
                        planned.id(), new RecordFindings(TODAY.plusDays(1), "Sau"), TODAY, setting.boardStaff()))
                .extracting("code")
                .isEqualTo("inspection.held-in-future");
        assertThatThrownBy(() -> inspections.plan(
                        new PlanInspection(setting.board().id(), setting.board().id(), HELD, "Đoàn", "Tự kiểm tra"),
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("inspection.self");
        assertThat(jdbc.sql("select state from programme.work_inspection where id = ?")
                        .param(planned.id())
                        .query(String.class)
                        .single())
                .isEqualTo("PLANNED");
    }

    @Test
    void aProposalsEvidenceIsFrozenWhenSentAndTheCommitteesDecisionSetsTasksFollowedToDone() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body committee = administration.addBody(
                "TU-" + suffix,
                "Thành ủy Huế " + suffix,
                BodyKind.PARTY_COMMITTEE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        StaffMember committeeStaff = fixtures.staff("thanhuy-" + suffix, committee, EnumSet.of(Role.HEAD_OF_BODY));
        LocalDate from = TODAY.minusDays(60);
        fixtures.receive(setting.commune(), PetitionType.COMPLAINT, TODAY.minusDays(30), setting.communeStaff());
        long dialogue = dialogues
                .hold(
                        new HoldDialogue(
                                setting.commune().id(),
                                null,
                                DialogueKind.THEMATIC,
                                TODAY.minusDays(50),
                                "Hội trường phường",
                                "Đối thoại về giải phóng mặt bằng",
                                "Chủ tịch UBND phường",
                                null,
                                80,
                                null,
                                null,
                                null),
                        TODAY,
                        setting.communeStaff())
                .id();
        long issue = dialogues
                .raiseIssue(
                        dialogue,
                        new RaiseIssue("Chậm chi trả bồi thường", "Hộ dân tổ 5", "LAND", null),
                        setting.communeStaff())
                .id();
        commitments.commit(
                issue,
                new MakeCommitment(
                        setting.commune().id(),
                        "Nguyễn Văn An",
                        "Chủ tịch UBND phường",
                        "Chi trả bồi thường cho các hộ tổ 5",
                        TODAY.minusDays(5)),
                TODAY,
                setting.communeStaff());

        Advice draft = advices.draft(
                new DraftAdvice(
                        setting.board().id(),
                        committee.id(),
                        "Đề xuất chỉ đạo giải quyết dứt điểm vụ việc đất đai ở phường Thuận Hoá",
                        "Ban Dân vận đề xuất Thường trực Thành ủy chỉ đạo...",
                        from,
                        TODAY),
                setting.boardStaff());
        assertThat(draft.state()).isEqualTo(Advice.State.DRAFTED);
        assertThat(draft.evidence()).isNull();

        Advice sent = advices.send(draft.id(), new SendAdvice(TODAY), TODAY, setting.boardStaff());
        AdviceEvidence frozen = sent.evidence();
        assertThat(frozen).isNotNull();
        assertThat(petitionsReceived(frozen)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(frozen.overdueCommitments()).singleElement().satisfies(c -> {
            assertThat(c.description()).isEqualTo("Chi trả bồi thường cho các hộ tổ 5");
            assertThat(c.dueOn()).isEqualTo(TODAY.minusDays(5));
        });

        // a petition received after sending does not change what the committee read
        fixtures.receive(setting.commune(), PetitionType.COMPLAINT, TODAY.minusDays(20), setting.communeStaff());
        Advice reread = advices.advice(sent.id(), committeeStaff);
        assertThat(petitionsReceived(advices.evidence(reread, TODAY, committeeStaff)))
                .isEqualByComparingTo(BigDecimal.ONE);
        assertThatThrownBy(() -> advices.send(sent.id(), new SendAdvice(TODAY), TODAY, setting.boardStaff()))
                .extracting("code")
                .isEqualTo("advice.sent-already");
        assertThatThrownBy(() -> advices.advice(sent.id(), setting.borderStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");

        Advice decided = advices.decide(
                sent.id(),
                new RecordDecision(
                        AdviceOutcome.ADOPTED_WITH_CHANGES, TODAY, "125-CV/TU", "Đồng ý, giao UBND phường chủ trì"),
                TODAY,
                committeeStaff);
        assertThat(decided.outcome()).isEqualTo(AdviceOutcome.ADOPTED_WITH_CHANGES);
        assertThat(decided.decisionNumber()).isEqualTo("125-CV/TU");
        AdviceTask task = advices.addTask(
                sent.id(),
                new AddAdviceTask(
                        "Chi trả dứt điểm bồi thường", setting.commune().id(), TODAY.plusDays(30)),
                setting.boardStaff());
        assertThatThrownBy(() -> advices.completeTask(
                        task.id(), new CompleteAdviceTask(TODAY, "Xong"), TODAY, setting.borderStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
        advices.completeTask(
                task.id(), new CompleteAdviceTask(TODAY, "Đã chi trả cho 12 hộ"), TODAY, setting.communeStaff());

        assertThat(advices.tasks(sent.id(), setting.boardStaff()))
                .singleElement()
                .satisfies(t -> assertThat(t.done()).isTrue());
        assertThat(jdbc.sql("select kind from programme.plan_event where subject_type = 'advice' and subject_id = ?"
                                + " order by id")
                        .param(sent.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "ADVICE_DRAFTED",
                        "ADVICE_SENT",
                        "DECIDED_ADOPTED_WITH_CHANGES",
                        "TASK_ADDED",
                        "ADVICE_TASK_DONE");
        assertThat(jdbc.sql("select count(*) from shared.audit_event where action like 'advice.%'"
                                + " and ((subject_type = 'advice' and subject_id = ?) or details->>'advice' = ?)")
                        .param(String.valueOf(sent.id()))
                        .param(String.valueOf(sent.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void aProposalTheCommitteeDidNotAdoptHasNoFollowUpTasks() {
        Advice draft = advices.draft(
                new DraftAdvice(
                        setting.board().id(),
                        setting.commune().id(),
                        "Đề xuất",
                        "Nội dung",
                        TODAY.minusDays(10),
                        TODAY),
                setting.boardStaff());
        assertThatThrownBy(() -> advices.decide(
                        draft.id(),
                        new RecordDecision(AdviceOutcome.ADOPTED, TODAY, "1-CV", null),
                        TODAY,
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("advice.not-awaiting-decision");
        advices.send(draft.id(), new SendAdvice(TODAY), TODAY, setting.boardStaff());
        advices.decide(
                draft.id(),
                new RecordDecision(AdviceOutcome.NOT_ADOPTED, TODAY, "2-CV", null),
                TODAY,
                setting.boardStaff());

        assertThatThrownBy(() -> advices.addTask(
                        draft.id(),
                        new AddAdviceTask("Việc", setting.commune().id(), TODAY.plusDays(5)),
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("advice.not-adopted");
        assertThatThrownBy(() -> advices.draft(
                        new DraftAdvice(
                                setting.board().id(),
                                setting.commune().id(),
                                "Ngược",
                                "Nội dung",
                                TODAY,
                                TODAY.minusDays(1)),
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("advice.period-reversed");
        assertThat(jdbc.sql("select count(*) from programme.advice_task where advice_id = ?")
                        .param(draft.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static BigDecimal petitionsReceived(AdviceEvidence evidence) {
        return evidence.figures().stream()
                .flatMap(s -> s.figures().stream())
                .filter(f -> f.labelKey().equals("review.figure.petitions-received"))
                .map(ReviewFigure::value)
                .findFirst()
                .orElseThrow();
    }
}
