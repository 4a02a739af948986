package vn.danvan.programme;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;

/**
 * Example dân vận work for a demo run, written through the programme's own services: a plan with two tasks, a
 * coordination agreement with the police and its joint task, and a course with its participant.
 */
@Service
@Transactional
public class PlanSeeds {

    private final PlanBook plans;
    private final AgreementBook agreements;
    private final TrainingBook training;

    PlanSeeds(PlanBook plans, AgreementBook agreements, TrainingBook training) {
        this.plans = plans;
        this.agreements = agreements;
        this.training = training;
    }

    /** The bodies and people the example needs, by id; {@code planner} may act on all of them. */
    public record Cast(
            long board,
            long police,
            long city,
            long ward,
            @Nullable Long wardOfficer) {}

    public void seed(Cast cast, LocalDate today, StaffMember planner) {
        int year = today.getYear();
        var plan = plans.draft(
                new PlanCommands.DraftPlan(
                        cast.board(),
                        year,
                        PlanSector.STATE,
                        "Kế hoạch thực hiện công tác dân vận chính quyền năm " + year,
                        "Nâng cao chất lượng tiếp công dân, đối thoại và thực hiện cam kết với Nhân dân."),
                planner);
        plans.addTask(
                plan.id(),
                new PlanCommands.AddTask(
                        "Tổ chức hội nghị đối thoại với Nhân dân ở các phường",
                        cast.ward(),
                        LocalDate.of(year, 9, 30),
                        "Số hội nghị đối thoại",
                        4),
                planner);
        plans.addTask(
                plan.id(),
                new PlanCommands.AddTask(
                        "Rà soát, đôn đốc các cam kết quá hạn", cast.city(), LocalDate.of(year, 12, 15), null, null),
                planner);

        LocalDate start = LocalDate.of(year, 1, 1);
        var agreement = agreements.sign(
                new AgreementCommands.SignAgreement(
                        cast.board(),
                        "Quy chế phối hợp công tác dân vận giữa Ban Dân vận Thành ủy và Công an thành phố",
                        "05-QC/BDV-CA",
                        start,
                        start,
                        start.plusYears(5).minusDays(1),
                        List.of(cast.police())),
                today,
                planner);
        agreements.addTask(
                agreement.id(),
                new AgreementCommands.AddJointTask(
                        "Phối hợp nắm tình hình, giải quyết vụ việc phức tạp ở cơ sở",
                        cast.police(),
                        LocalDate.of(year, 12, 31)),
                planner);

        var course = training.plan(
                new TrainingCommands.PlanCourse(
                        cast.city(),
                        "Bồi dưỡng kỹ năng tiếp công dân, xử lý đơn thư năm " + year,
                        CourseTopic.RECEPTION,
                        today.minusDays(3),
                        today.minusDays(2),
                        "Hội trường UBND thành phố Huế",
                        16),
                planner);
        Long officer = cast.wardOfficer();
        if (officer != null) {
            training.enrol(course.id(), officer, planner);
            training.attendance(course.id(), officer, true, today, planner);
        }
    }
}
