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
import vn.danvan.programme.AgreementCommands.AddJointTask;
import vn.danvan.programme.AgreementCommands.CompleteJointTask;
import vn.danvan.programme.AgreementCommands.HoldJointReview;
import vn.danvan.programme.AgreementCommands.SignAgreement;
import vn.danvan.programme.domain.Agreement;
import vn.danvan.programme.domain.JointTask;
import vn.danvan.shared.VietnamTime;

@DanvanIntegrationTest
class AgreementIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);
    private static final LocalDate START = TODAY.withDayOfYear(1).minusYears(1);

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    AgreementBook agreements;

    @Autowired
    JdbcClient jdbc;

    PlanFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    Agreement signWithPoliceAndMilitary() {
        return agreements.sign(
                new SignAgreement(
                        setting.board().id(),
                        "Quy chế phối hợp công tác dân vận giữa Ban Dân vận và Công an, Bộ Chỉ huy Quân sự",
                        "01-QC/BDV-CA-QS",
                        START,
                        START,
                        START.plusYears(5).minusDays(1),
                        List.of(setting.police().id(), setting.military().id())),
                TODAY,
                setting.boardStaff());
    }

    @Test
    void anAgreementsJointTasksAreFollowedToTheJointReviewWhichCountsThem() {
        Agreement agreement = signWithPoliceAndMilitary();
        assertThat(agreement.partyBodyIds())
                .containsExactlyInAnyOrder(
                        setting.board().id(),
                        setting.police().id(),
                        setting.military().id());

        JointTask drill = agreements.addTask(
                agreement.id(),
                new AddJointTask(
                        "Phối hợp giúp dân phòng chống lụt bão",
                        setting.military().id(),
                        START.plusMonths(8)),
                setting.boardStaff());
        JointTask security = agreements.addTask(
                agreement.id(),
                new AddJointTask(
                        "Xây dựng mô hình an ninh trật tự ở khu dân cư",
                        setting.police().id(),
                        START.plusMonths(11)),
                setting.boardStaff());

        agreements.complete(
                drill.id(),
                new CompleteJointTask(START.plusMonths(7), "Giúp 120 hộ gia cố nhà cửa"),
                TODAY,
                setting.militaryStaff());
        var review = agreements.review(
                agreement.id(),
                new HoldJointReview(START.plusMonths(9), "Phối hợp chặt chẽ, kịp thời", "Mở rộng sang các xã ven biển"),
                TODAY,
                setting.boardStaff());

        assertThat(review.tasksDone()).isEqualTo(1);
        assertThat(review.tasksOpen()).isEqualTo(1);
        assertThat(agreements.tasks(agreement.id(), setting.boardStaff()))
                .filteredOn(t -> t.id() == security.id())
                .singleElement()
                .satisfies(t -> assertThat(t.done()).isFalse());
        assertThat(agreements.reviews(agreement.id(), setting.militaryStaff())).hasSize(1);
        assertThat(jdbc.sql("select kind from programme.plan_event where subject_type = 'agreement' and subject_id = ?"
                                + " order by id")
                        .param(agreement.id())
                        .query(String.class)
                        .list())
                .containsExactly("SIGNED", "TASK_ADDED", "TASK_ADDED", "TASK_DONE", "REVIEWED");
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action like 'agreement.%' and details->>'agreement' = ?")
                        .param(String.valueOf(agreement.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(3); // two tasks added, one done; the review is audited under the agreement itself
    }

    @Test
    void anArmedForcesUnitSeesOnlyTheAgreementsItIsAPartyTo() {
        Agreement agreement = signWithPoliceAndMilitary();

        assertThat(agreements.agreements(setting.militaryStaff()))
                .extracting(Agreement::id)
                .containsExactly(agreement.id());
        assertThat(agreements.agreements(setting.borderStaff())).isEmpty();
        assertThatThrownBy(() -> agreements.agreement(agreement.id(), setting.borderStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
        assertThatThrownBy(() -> agreements.tasks(agreement.id(), setting.borderStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
        // a party's head may add a joint task; a stranger's head may not, nor own one
        assertThatThrownBy(() -> agreements.addTask(
                        agreement.id(),
                        new AddJointTask(
                                "Tuần tra chung", setting.borderGuards().id(), START.plusMonths(3)),
                        setting.borderStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
        assertThatThrownBy(() -> agreements.addTask(
                        agreement.id(),
                        new AddJointTask(
                                "Tuần tra chung", setting.borderGuards().id(), START.plusMonths(3)),
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("agreement.owner-not-a-party");
        JointTask own = agreements.addTask(
                agreement.id(),
                new AddJointTask(
                        "Dân vận ở địa bàn đóng quân", setting.military().id(), START.plusMonths(3)),
                setting.militaryStaff());
        assertThatThrownBy(() -> agreements.complete(
                        own.id(), new CompleteJointTask(START.plusMonths(2), "Xong"), TODAY, setting.borderStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");
        assertThat(jdbc.sql("select count(*) from programme.joint_task where agreement_id = ?")
                        .param(agreement.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anAgreementNeedsTwoPartiesAndAnOrderedPeriod() {
        assertThatThrownBy(() -> agreements.sign(
                        new SignAgreement(
                                setting.board().id(),
                                "Một bên",
                                null,
                                START,
                                START,
                                START.plusYears(1),
                                List.of(setting.board().id())),
                        TODAY,
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("agreement.parties-required");
        assertThatThrownBy(() -> agreements.sign(
                        new SignAgreement(
                                setting.board().id(),
                                "Ngược",
                                null,
                                START,
                                START,
                                START.minusDays(1),
                                List.of(setting.police().id())),
                        TODAY,
                        setting.boardStaff()))
                .extracting("code")
                .isEqualTo("agreement.period-reversed");
        assertThat(agreements.agreements(setting.boardStaff())).isEmpty();
    }
}
