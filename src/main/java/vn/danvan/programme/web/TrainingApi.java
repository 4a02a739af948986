package vn.danvan.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.TrainingBook;
import vn.danvan.programme.TrainingCommands.Enrol;
import vn.danvan.programme.TrainingCommands.PlanCourse;
import vn.danvan.programme.domain.Course;
import vn.danvan.programme.domain.CourseParticipant;

/** Training courses for cadres and their participants over REST, with the rules of the staff pages. */
@RestController
@Tag(name = "Training", description = "Lớp bồi dưỡng cán bộ (công tác dân vận, kỹ năng tiếp công dân, pháp luật)")
class TrainingApi {

    record CourseView(Course course, List<CourseParticipant> participants) {}

    private final TrainingBook training;

    TrainingApi(TrainingBook training) {
        this.training = training;
    }

    @Operation(summary = "Courses of the bodies in scope")
    @GetMapping(path = "/api/v1/programme/courses", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Course> courses(StaffMember staff) {
        return training.courses(staff);
    }

    @Operation(summary = "Plan a course: body, topic, period, place, hours")
    @PostMapping(
            path = "/api/v1/programme/courses",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Course> plan(@Valid @RequestBody PlanCourse command, StaffMember staff) {
        Course course = training.plan(command, staff);
        return ResponseEntity.created(URI.create("/api/v1/programme/courses/" + course.id()))
                .body(course);
    }

    @Operation(summary = "A course with its participants, their attendance and certificates")
    @GetMapping(path = "/api/v1/programme/courses/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    CourseView course(@PathVariable long id, StaffMember staff) {
        return new CourseView(training.course(id, staff), training.participants(id, staff));
    }

    @Operation(summary = "Enrol a staff member of the course's body or of a body under it")
    @PostMapping(
            path = "/api/v1/programme/courses/{id}/participants",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CourseView> enrol(@PathVariable long id, @Valid @RequestBody Enrol command, StaffMember staff) {
        training.enrol(id, command.staffId(), staff);
        return ResponseEntity.created(URI.create("/api/v1/programme/courses/" + id))
                .body(new CourseView(training.course(id, staff), training.participants(id, staff)));
    }
}
