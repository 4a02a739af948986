package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.programme.PlanCommands.AddTask;
import vn.danvan.programme.PlanCommands.DraftPlan;
import vn.danvan.programme.PlanCommands.ReportProgress;
import vn.danvan.programme.domain.PlanEvent;
import vn.danvan.programme.domain.PlanTask;
import vn.danvan.shared.VietnamTime;

@DanvanIntegrationTest
class PlanIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);
    private static final int YEAR = TODAY.getYear();

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanBook plans;

    @Autowired
    JdbcClient jdbc;

    PlanFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    @Test
    void aPlansTaskIsReportedOnByItsOwnerUntilDoneAndEveryStepIsOnTheTimelineAndAudited() {
        var plan = plans.draft(
                new DraftPlan(
                        setting.board().id(),
                        YEAR,
                        PlanSector.STATE,
                        "Kế hoạch công tác dân vận chính quyền năm " + YEAR,
                        "Nâng cao chất lượng dân vận chính quyền"),
                setting.boardStaff());
        var task = plans.addTask(
                plan.id(),
                new AddTask(
                        "Tổ chức hội nghị đối thoại ở các phường",
                        setting.commune().id(),
                        LocalDate.of(YEAR, 1, 1).plusMonths(2),
                        "Số hội nghị đối thoại",
                        10),
                setting.boardStaff());

        plans.reportProgress(
                task.id(),
                new ReportProgress(LocalDate.of(YEAR, 1, 20), 4, "Đã tổ chức 4 hội nghị"),
                TODAY,
                setting.communeStaff());
        plans.reportProgress(
                task.id(),
                new ReportProgress(LocalDate.of(YEAR, 2, 20), 10, "Đã tổ chức đủ 10 hội nghị"),
                TODAY,
                setting.communeStaff());
        PlanTask done = plans.complete(task.id(), LocalDate.of(YEAR, 2, 25), TODAY, setting.communeStaff());

        assertThat(done.state()).isEqualTo(PlanTask.State.DONE);
        PlanTask read = plans.task(task.id(), setting.communeStaff());
        assertThat(read.achieved()).isEqualTo(10);
        assertThat(read.percent()).isEqualTo(100);
        assertThat(plans.progress(task.id(), setting.boardStaff()))
                .extracting(r -> r.achieved())
                .containsExactly(4, 10);
        assertThat(plans.timeline("task", task.id()))
                .extracting(PlanEvent::kind)
                .containsExactly("ADDED", "PROGRESS", "PROGRESS", "DONE");
        assertThat(jdbc.sql("select action from shared.audit_event where subject_type = 'plan-task' and subject_id = ?"
                                + " order by id")
                        .param(String.valueOf(task.id()))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "plan.task-added", "plan.progress-reported", "plan.progress-reported", "plan.task-done");
        // the commune sees the plan through the task it owns
        assertThat(plans.plans(YEAR, setting.communeStaff()))
                .extracting(p -> p.id())
                .contains(plan.id());
        assertThatThrownBy(() -> plans.reportProgress(
                        task.id(),
                        new ReportProgress(LocalDate.of(YEAR, 3, 1), 11, "Thêm"),
                        TODAY,
                        setting.communeStaff()))
                .extracting("code")
                .isEqualTo("plan.task-closed");
    }

    @Test
    void aBodyOutsideTheTaskOwnersScopeCannotReportAndWritesNothing() {
        var plan = plans.draft(
                new DraftPlan(setting.board().id(), YEAR, PlanSector.PARTY, "Kế hoạch dân vận của Đảng", null),
                setting.boardStaff());
        var task = plans.addTask(
                plan.id(),
                new AddTask("Nắm tình hình tôn giáo", setting.commune().id(), LocalDate.of(YEAR, 6, 30), null, null),
                setting.boardStaff());

        assertThatThrownBy(() -> plans.reportProgress(
                        task.id(),
                        new ReportProgress(LocalDate.of(YEAR, 1, 20), null, "Không phải việc của đồn"),
                        TODAY,
                        setting.borderStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
        assertThatThrownBy(() -> plans.addTask(
                        plan.id(),
                        new AddTask("Năm sau nữa", setting.commune().id(), LocalDate.of(YEAR + 2, 1, 1), null, null),
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("plan.task-due-outside-year");
        assertThatThrownBy(() -> plans.addTask(
                        plan.id(),
                        new AddTask("Phường tự giao", setting.commune().id(), LocalDate.of(YEAR, 5, 1), null, null),
                        setting.communeStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
        assertThat(plans.progress(task.id(), setting.boardStaff())).isEmpty();
        assertThat(plans.tasks(plan.id(), setting.boardStaff()))
                .extracting(PlanTask::id)
                .isEqualTo(List.of(task.id()));
    }
}
