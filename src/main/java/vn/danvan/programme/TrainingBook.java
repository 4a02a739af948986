package vn.danvan.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.StaffRoster;
import vn.danvan.programme.TrainingCommands.PlanCourse;
import vn.danvan.programme.domain.Course;
import vn.danvan.programme.domain.CourseParticipant;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.domain.TrainingRecordLine;
import vn.danvan.programme.persistence.Courses;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * Training of cadres in dân vận work, citizen reception and the law: a body's course, the staff accounts of bodies
 * in its scope enrolled on it, their attendance and certificates, and each staff member's training record. Every
 * change is on the course's timeline and audited.
 */
@Service
@Transactional
public class TrainingBook {

    private final Courses courses;
    private final Plans timelines;
    private final PlanPolicy policy;
    private final OrganizationDirectory organization;
    private final StaffRoster roster;
    private final AuditTrail audit;

    TrainingBook(
            Courses courses,
            Plans timelines,
            PlanPolicy policy,
            OrganizationDirectory organization,
            StaffRoster roster,
            AuditTrail audit) {
        this.courses = courses;
        this.timelines = timelines;
        this.policy = policy;
        this.organization = organization;
        this.roster = roster;
        this.audit = audit;
    }

    public Course plan(PlanCourse command, StaffMember staff) {
        organization.body(command.bodyId()).orElseThrow(() -> DomainException.invalid("training.body-unknown"));
        policy.requirePlanner(staff, command.bodyId());
        LawfulDates.check(command.startsOn());
        LawfulDates.check(command.endsOn());
        Course.checkDates(command.startsOn(), command.endsOn());
        long id = courses.add(command, staff.username());
        timelines.recordEvent("course", id, "COURSE_PLANNED", command.title(), staff.username());
        audit.record(
                "training.course-planned",
                "course",
                id,
                Map.of("body", command.bodyId(), "topic", command.topic().name()));
        return courses.find(id).orElseThrow();
    }

    /** Enrols a staff member of a body in the course's scope (its body and those under it). */
    public void enrol(long courseId, long staffId, StaffMember staff) {
        Course course = locked(courseId, staff);
        var member = roster.member(staffId).orElseThrow(() -> DomainException.invalid("training.staff-unknown"));
        if (!organization.bodyWithSubordinates(course.bodyId()).contains(member.bodyId())) {
            throw DomainException.invalid("training.staff-outside-course");
        }
        if (!courses.enrol(courseId, staffId)) {
            throw DomainException.conflict("training.enrolled-already");
        }
        timelines.recordEvent("course", courseId, "ENROLLED", member.fullName(), staff.username());
        audit.record("training.enrolled", "course", courseId, Map.of("staff", staffId));
    }

    public void attendance(long courseId, long staffId, boolean attended, LocalDate today, StaffMember staff) {
        Course course = locked(courseId, staff);
        participant(courseId, staffId);
        course.checkAttendance(today);
        courses.attendance(courseId, staffId, attended);
        timelines.recordEvent(
                "course", courseId, attended ? "ATTENDED" : "ABSENT", String.valueOf(staffId), staff.username());
        audit.record("training.attendance", "course", courseId, Map.of("staff", staffId, "attended", attended));
    }

    public String certify(long courseId, long staffId, LocalDate on, LocalDate today, StaffMember staff) {
        Course course = locked(courseId, staff);
        LawfulDates.check(on);
        course.checkCertificate(participant(courseId, staffId), on, today);
        String number = courses.certify(courseId, staffId, on);
        timelines.recordEvent("course", courseId, "CERTIFIED", number, staff.username());
        audit.record("training.certified", "course", courseId, Map.of("staff", staffId, "number", number));
        return number;
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Course> courses(StaffMember staff) {
        return courses.of(staff.scope(), staff.allBodies());
    }

    @Transactional(readOnly = true)
    public Course course(long id, StaffMember staff) {
        Course course = courses.find(id).orElseThrow(() -> DomainException.notFound("training.unknown"));
        if (!staff.inScope(course.bodyId())) {
            throw DomainException.forbidden("plan.out-of-scope");
        }
        return course;
    }

    @Transactional(readOnly = true)
    public List<CourseParticipant> participants(long courseId, StaffMember staff) {
        course(courseId, staff);
        return participants(courseId);
    }

    /** Who may be enrolled: the enabled staff of the course's body and the bodies under it. */
    @Transactional(readOnly = true)
    public List<StaffRoster.Member> candidates(long courseId, StaffMember staff) {
        Course course = course(courseId, staff);
        return roster.of(organization.bodyWithSubordinates(course.bodyId()));
    }

    /** A staff member's record: their own, or one of a body in the reader's scope. */
    @Transactional(readOnly = true)
    public List<TrainingRecordLine> record(long staffId, StaffMember staff) {
        var member = roster.member(staffId).orElseThrow(() -> DomainException.notFound("training.staff-unknown"));
        if (staffId != staff.id() && !staff.inScope(member.bodyId())) {
            throw DomainException.forbidden("plan.out-of-scope");
        }
        return courses.record(staffId);
    }

    @Transactional(readOnly = true)
    public StaffRoster.Member member(long staffId, StaffMember staff) {
        var member = roster.member(staffId).orElseThrow(() -> DomainException.notFound("training.staff-unknown"));
        if (staffId != staff.id() && !staff.inScope(member.bodyId())) {
            throw DomainException.forbidden("plan.out-of-scope");
        }
        return member;
    }

    private List<CourseParticipant> participants(long courseId) {
        return courses.participants(courseId).stream()
                .map(row -> roster.member(row.staffId())
                        .map(m -> row.named(m.fullName(), m.bodyId()))
                        .orElseGet(() -> row.named("#" + row.staffId(), 0)))
                .toList();
    }

    private CourseParticipant participant(long courseId, long staffId) {
        return participants(courseId).stream()
                .filter(p -> p.staffId() == staffId)
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("training.not-enrolled"));
    }

    private Course locked(long id, StaffMember staff) {
        Course course = courses.lock(id).orElseThrow(() -> DomainException.notFound("training.unknown"));
        policy.requirePlanner(staff, course.bodyId());
        return course;
    }
}
