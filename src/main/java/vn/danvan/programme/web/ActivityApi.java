package vn.danvan.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.ActivityLog;
import vn.danvan.programme.ActivityLog.Activity;
import vn.danvan.programme.ActivityLog.RecordActivity;
import vn.danvan.shared.LawfulYear;

/**
 * Work with ethnic-minority and religious communities and leaders' field visits to grassroots Party cells over REST,
 * with the rules of the staff page.
 */
@RestController
@Tag(
        name = "Activities",
        description = "Công tác dân vận với đồng bào dân tộc thiểu số, tôn giáo; lãnh đạo đi cơ sở nắm tình hình")
class ActivityApi {

    private final ActivityLog activities;
    private final Clock clock;

    ActivityApi(ActivityLog activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Operation(summary = "Activities of the bodies in scope in a year, latest first")
    @GetMapping(path = "/api/v1/programme/activities", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Activity> activities(
            @Parameter(description = "The year; this year when absent")
                    @RequestParam(required = false)
                    @Nullable
                    @LawfulYear
                    Integer year,
            StaffMember staff) {
        return activities.activities(year == null ? today().getYear() : year, staff);
    }

    @Operation(summary = "Record an activity: body, kind, community, day, place, leader (for a field visit), learned")
    @PostMapping(
            path = "/api/v1/programme/activities",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Activity> record(@Valid @RequestBody RecordActivity command, StaffMember staff) {
        long id = activities.record(command, today(), staff);
        Activity recorded = activities.activities(command.heldOn().getYear(), staff).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create(
                        "/api/v1/programme/activities?year=" + command.heldOn().getYear()))
                .body(recorded);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
