package vn.danvan.programme.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.programme.CourseTopic;
import vn.danvan.programme.TrainingCommands.PlanCourse;
import vn.danvan.programme.domain.Course;
import vn.danvan.programme.domain.CourseParticipant;
import vn.danvan.programme.domain.TrainingRecordLine;

/** Training courses with their participants, attendance and certificates ({@code programme} schema). */
@Repository
public class Courses {

    private static final String COLUMNS = "c.id, c.body_id, c.title, c.topic, c.starts_on, c.ends_on, c.place, c.hours";

    private final JdbcClient jdbc;

    Courses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(PlanCourse command, String by) {
        return jdbc.sql("""
                insert into programme.course (body_id, title, topic, starts_on, ends_on, place, hours, created_by)
                values (:body, :title, :topic, :starts, :ends, :place, :hours, :by) returning id
                """)
                .param("body", command.bodyId())
                .param("title", command.title())
                .param("topic", command.topic().name())
                .param("starts", command.startsOn())
                .param("ends", command.endsOn())
                .param("place", command.place())
                .param("hours", command.hours())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public Optional<Course> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.course c where c.id = ?")
                .param(id)
                .query(Courses::course)
                .optional();
    }

    public Optional<Course> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.course c where c.id = ? for update")
                .param(id)
                .query(Courses::course)
                .optional();
    }

    public List<Course> of(Collection<Long> bodyIds, boolean allBodies) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from programme.course c where :all or c.body_id = any(:bodies) order by c.starts_on desc, c.id desc")
                .param("all", allBodies)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query(Courses::course)
                .list();
    }

    /** Enrols the staff member; false when they were enrolled already. */
    public boolean enrol(long courseId, long staffId) {
        return jdbc.sql("""
                insert into programme.course_participant (course_id, staff_id) values (?, ?) on conflict do nothing
                """).params(courseId, staffId).update() == 1;
    }

    public void attendance(long courseId, long staffId, boolean attended) {
        jdbc.sql("update programme.course_participant set attended = ? where course_id = ? and staff_id = ?")
                .params(attended, courseId, staffId)
                .update();
    }

    /** Gives the next certificate number of the course: {@code <course>-<n>}, unique across courses. */
    public String certify(long courseId, long staffId, LocalDate on) {
        int next = jdbc.sql("""
                select count(*) + 1 from programme.course_participant where course_id = ? and certificate_no is not null
                """).param(courseId).query(Integer.class).single();
        String number = "%d-%03d/CC".formatted(courseId, next);
        jdbc.sql("""
                update programme.course_participant set certificate_no = ?, certified_on = ?
                where course_id = ? and staff_id = ?
                """).params(number, on, courseId, staffId).update();
        return number;
    }

    /** The participants with their names and bodies as the roster knows them (the caller joins them). */
    public List<CourseParticipantRow> participants(long courseId) {
        return jdbc.sql("""
                select course_id, staff_id, attended, certificate_no, certified_on from programme.course_participant
                where course_id = ? order by staff_id
                """)
                .param(courseId)
                .query((rs, n) -> new CourseParticipantRow(
                        rs.getLong("course_id"),
                        rs.getLong("staff_id"),
                        (Boolean) rs.getObject("attended"),
                        rs.getString("certificate_no"),
                        rs.getObject("certified_on", LocalDate.class)))
                .list();
    }

    public List<TrainingRecordLine> record(long staffId) {
        return jdbc.sql("select " + COLUMNS + """
                , p.attended, p.certificate_no, p.certified_on
                from programme.course_participant p join programme.course c on c.id = p.course_id
                where p.staff_id = ? order by c.starts_on desc, c.id desc
                """)
                .param(staffId)
                .query((rs, n) -> new TrainingRecordLine(
                        course(rs, n),
                        (Boolean) rs.getObject("attended"),
                        rs.getString("certificate_no"),
                        rs.getObject("certified_on", LocalDate.class)))
                .list();
    }

    /** A participant's row before the roster adds name and body. */
    public record CourseParticipantRow(
            long courseId,
            long staffId,
            @org.jspecify.annotations.Nullable Boolean attended,
            @org.jspecify.annotations.Nullable String certificateNo,
            @org.jspecify.annotations.Nullable LocalDate certifiedOn) {

        public CourseParticipant named(String fullName, long bodyId) {
            return new CourseParticipant(courseId, staffId, fullName, bodyId, attended, certificateNo, certifiedOn);
        }
    }

    private static Course course(ResultSet rs, int n) throws SQLException {
        return new Course(
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getString("title"),
                CourseTopic.valueOf(rs.getString("topic")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("place"),
                rs.getInt("hours"));
    }
}
