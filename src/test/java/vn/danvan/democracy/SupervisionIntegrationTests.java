package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.democracy.SupervisionCommands.AddSession;
import vn.danvan.democracy.SupervisionCommands.Answer;
import vn.danvan.democracy.SupervisionCommands.CreatePlan;
import vn.danvan.democracy.SupervisionCommands.CreateSupervision;
import vn.danvan.democracy.SupervisionCommands.Outcome;
import vn.danvan.democracy.SupervisionCommands.Reconsideration;
import vn.danvan.democracy.SupervisionCommands.RecordStep;
import vn.danvan.democracy.SupervisionCommands.SendRecommendation;
import vn.danvan.democracy.SupervisionCommands.Step;
import vn.danvan.democracy.domain.Supervision;
import vn.danvan.democracy.domain.SupervisionEvent;

/**
 * The Front's supervision of a ward's People's Committee (NQLT 403/2017) from its plan to the answer to its
 * recommendation: a decision sent 10 days before the first session is recorded and flagged late; the supervised
 * body's report and the team's report on time are not; the ward asks for reconsideration and answers.
 */
@DanvanIntegrationTest
class SupervisionIntegrationTests {

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    SupervisionSteps steps;

    @Autowired
    SupervisionRecommendations recommendations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aSupervisionWithALateDecisionIsFlaggedAndItsRecommendationFollowedToTheAnswer() {
        var setting = fixtures.setting();
        LocalDate today = LocalDate.now(clock);
        // The whole supervision lies in the past, in this year when possible.
        LocalDate firstSession = today.minusDays(40);
        long plan = steps.createPlan(
                new CreatePlan(setting.front().id(), firstSession.getYear(), "Chương trình giám sát năm"),
                setting.frontStaff());
        long id = steps.create(
                plan,
                new CreateSupervision(
                        setting.thuanHoa().id(),
                        "Việc thực hiện công khai ngân sách phường",
                        "Trưởng đoàn: Chủ tịch UBMTTQ phường; 4 thành viên",
                        firstSession),
                setting.frontStaff());

        Supervision decided = steps.recordStep(
                id, new RecordStep(Step.DECISION_SENT, firstSession.minusDays(10)), today, setting.frontStaff());
        steps.recordStep(
                id,
                new RecordStep(Step.SUPERVISED_REPORT_RECEIVED, firstSession.minusDays(8)),
                today,
                setting.frontStaff());
        steps.addSession(
                id,
                new AddSession(firstSession, "Trụ sở UBND phường", "Làm việc với UBND"),
                today,
                setting.frontStaff());
        steps.addSession(
                id, new AddSession(firstSession.plusDays(2), "Tổ dân phố 5", null), today, setting.frontStaff());
        assertThatThrownBy(() -> steps.recordStep(
                        id, new RecordStep(Step.TEAM_REPORT, firstSession.plusDays(1)), today, setting.frontStaff()))
                .hasMessage("oversight.report-before-session");
        Supervision reported = steps.recordStep(
                id, new RecordStep(Step.TEAM_REPORT, firstSession.plusDays(12)), today, setting.frontStaff());

        assertThat(decided.decisionOn()).isEqualTo(firstSession.minusDays(10));
        var checks = steps.checks(reported, today);
        assertThat(checks)
                .extracting(Supervision.StepCheck::step, Supervision.StepCheck::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DECISION_SENT", "LATE"),
                        org.assertj.core.groups.Tuple.tuple("SUPERVISED_REPORT_RECEIVED", "ON_TIME"),
                        org.assertj.core.groups.Tuple.tuple("TEAM_REPORT", "ON_TIME"));
        assertThat(checks.getFirst().due()).isBeforeOrEqualTo(firstSession.minusDays(15));
        assertThat(steps.timeline(id))
                .extracting(SupervisionEvent::kind)
                .containsExactly(
                        "CREATED", "DECISION_SENT", "SUPERVISED_REPORT_RECEIVED", "SESSION", "SESSION", "TEAM_REPORT");
        assertThat(steps.timeline(id).get(1).detail()).contains("trễ so với hạn");
        assertThatThrownBy(() -> steps.recordStep(
                        id, new RecordStep(Step.DECISION_SENT, firstSession), today, setting.frontStaff()))
                .hasMessage("oversight.step-recorded");

        // Recommendations to the ward and to the province above it, then the ward's request and answer.
        long recommendation = steps.recommend(
                id,
                new SendRecommendation(
                        setting.thuanHoa().id(),
                        setting.province().id(),
                        "Công khai quyết toán ngân sách quý đúng hạn",
                        firstSession.plusDays(14)),
                today,
                setting.frontStaff());
        recommendations.reconsider(
                recommendation,
                new Reconsideration("Đề nghị đối thoại về số liệu quý III", firstSession.plusDays(20)),
                today,
                setting.thuanHoaHead());
        recommendations.answer(
                recommendation,
                new Answer(firstSession.plusDays(25), Outcome.PARTLY_ACCEPTED, "Tiếp thu; quý III công khai bổ sung."),
                today,
                setting.thuanHoaHead());
        var answered = recommendations.recommendation(recommendation, setting.provinceHead());
        assertThat(answered.outcome()).isEqualTo(Outcome.PARTLY_ACCEPTED);
        assertThat(answered.superiorBodyId()).isEqualTo(setting.province().id());
        assertThat(recommendations.timeline(recommendation))
                .extracting(SupervisionEvent::kind)
                .containsExactly("SENT", "RECONSIDERATION_ASKED", "ANSWERED");
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action like 'oversight.%' and subject_id = ?")
                        .param(String.valueOf(recommendation))
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        // Another ward's head sees nothing of it.
        assertThatThrownBy(() -> recommendations.recommendation(recommendation, setting.phuXuanHead()))
                .hasMessage("oversight.out-of-scope");
    }

    @Test
    void aRecommendationBeforeTheTeamsReportIsRefused() {
        var setting = fixtures.setting();
        LocalDate today = LocalDate.now(clock);
        long plan = steps.createPlan(
                new CreatePlan(setting.front().id(), today.getYear(), "Giám sát"), setting.frontStaff());
        long id = steps.create(
                plan,
                new CreateSupervision(setting.thuanHoa().id(), "Tiếp công dân", "Đoàn 5 người", today),
                setting.frontStaff());
        assertThatThrownBy(() -> steps.recommend(
                        id,
                        new SendRecommendation(setting.thuanHoa().id(), null, "Kiến nghị", today),
                        today,
                        setting.frontStaff()))
                .hasMessage("oversight.recommend-after-report");
        assertThatThrownBy(() -> steps.createPlan(
                        new CreatePlan(setting.thuanHoa().id(), today.getYear(), "Không phải Mặt trận"),
                        setting.thuanHoaHead()))
                .hasMessage("oversight.not-front");
    }
}
