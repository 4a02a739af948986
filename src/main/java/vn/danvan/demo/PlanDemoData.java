package vn.danvan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.programme.AgreementBook;
import vn.danvan.programme.AgreementCommands;
import vn.danvan.programme.CourseTopic;
import vn.danvan.programme.PlanBook;
import vn.danvan.programme.PlanCommands;
import vn.danvan.programme.PlanSector;
import vn.danvan.programme.TrainingBook;
import vn.danvan.programme.TrainingCommands;

/**
 * The demo's dân vận work, once the demo bodies exist: the city Party committee's mass mobilisation board with an
 * account ({@code dankhoi}), the city police, a plan with its tasks, a coordination agreement with the police, and a
 * course attended by the ward's officer.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(20)
class PlanDemoData implements ApplicationRunner {

    static final String BOARD = "HUE-BDV";

    private final OrganizationAdministration administration;
    private final OrganizationDirectory directory;
    private final PlanBook plans;
    private final AgreementBook agreements;
    private final TrainingBook training;
    private final vn.danvan.organization.StaffRoster roster;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PlanDemoData(
            OrganizationAdministration administration,
            OrganizationDirectory directory,
            PlanBook plans,
            AgreementBook agreements,
            TrainingBook training,
            vn.danvan.organization.StaffRoster roster,
            TransactionTemplate transactions,
            Clock clock) {
        this.administration = administration;
        this.directory = directory;
        this.plans = plans;
        this.agreements = agreements;
        this.training = training;
        this.roster = roster;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var hue = directory.bodyByCode(DemoData.HUE);
        if (hue.isEmpty() || directory.bodyByCode(BOARD).isPresent()) {
            return;
        }
        transactions.executeWithoutResult(status -> load(hue.get()));
    }

    private void load(Body hue) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Long committee = directory.bodyByCode("HUE-THANHUY").map(Body::id).orElse(null);
        Body board = administration.addBody(
                BOARD, "Ban Dân vận Thành ủy Huế", BodyKind.PARTY_COMMITTEE, UnitLevel.PROVINCE, "46", null, committee);
        Body police = administration.addBody(
                "HUE-CA", "Công an thành phố Huế", BodyKind.ARMED_FORCES_UNIT, UnitLevel.PROVINCE, "46", null, null);
        long staffId = administration.addStaff(
                "dankhoi",
                DemoData.PASSWORD,
                "Nguyễn Thị Dân",
                "dankhoi@danvan.local",
                board.id(),
                EnumSet.of(Role.MOBILISATION_STAFF, Role.HEAD_OF_BODY),
                false);
        StaffMember officer = new StaffMember(
                staffId,
                "dankhoi",
                "Nguyễn Thị Dân",
                board.id(),
                EnumSet.of(Role.MOBILISATION_STAFF, Role.HEAD_OF_BODY),
                directory.bodyWithSubordinates(board.id()),
                false,
                false);
        // The demo's city-wide work: the board plans for the city's People's Committee and wards too.
        StaffMember city = new StaffMember(
                staffId,
                "dankhoi",
                "Nguyễn Thị Dân",
                board.id(),
                EnumSet.of(Role.ADMINISTRATOR),
                java.util.Set.of(),
                true,
                false);

        var plan = plans.draft(
                new PlanCommands.DraftPlan(
                        board.id(),
                        year,
                        PlanSector.STATE,
                        "Kế hoạch thực hiện công tác dân vận chính quyền năm " + year,
                        "Nâng cao chất lượng tiếp công dân, đối thoại và thực hiện cam kết với Nhân dân."),
                officer);
        Long thuanHoa = directory.bodyByCode("HUE-THUANHOA").map(Body::id).orElse(hue.id());
        plans.addTask(
                plan.id(),
                new PlanCommands.AddTask(
                        "Tổ chức hội nghị đối thoại với Nhân dân ở các phường",
                        thuanHoa,
                        LocalDate.of(year, 9, 30),
                        "Số hội nghị đối thoại",
                        4),
                city);
        plans.addTask(
                plan.id(),
                new PlanCommands.AddTask(
                        "Rà soát, đôn đốc các cam kết quá hạn", hue.id(), LocalDate.of(year, 12, 15), null, null),
                city);

        LocalDate start = LocalDate.of(year, 1, 1);
        var agreement = agreements.sign(
                new AgreementCommands.SignAgreement(
                        board.id(),
                        "Quy chế phối hợp công tác dân vận giữa Ban Dân vận Thành ủy và Công an thành phố",
                        "05-QC/BDV-CA",
                        start,
                        start,
                        start.plusYears(5).minusDays(1),
                        List.of(police.id())),
                today,
                officer);
        agreements.addTask(
                agreement.id(),
                new AgreementCommands.AddJointTask(
                        "Phối hợp nắm tình hình, giải quyết vụ việc phức tạp ở cơ sở",
                        police.id(),
                        LocalDate.of(year, 12, 31)),
                city);

        var course = training.plan(
                new TrainingCommands.PlanCourse(
                        hue.id(),
                        "Bồi dưỡng kỹ năng tiếp công dân, xử lý đơn thư năm " + year,
                        CourseTopic.RECEPTION,
                        today.minusDays(3),
                        today.minusDays(2),
                        "Hội trường UBND thành phố Huế",
                        16),
                city);
        directory
                .bodyByCode("HUE-THUANHOA")
                .flatMap(ward -> roster.of(java.util.Set.of(ward.id())).stream()
                        .filter(member -> member.username().equals("phuong"))
                        .findFirst())
                .ifPresent(member -> {
                    training.enrol(course.id(), member.id(), city);
                    training.attendance(course.id(), member.id(), true, today, city);
                });
    }
}
