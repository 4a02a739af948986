package vn.danvan.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.PlanBook;
import vn.danvan.programme.PlanCommands.AddTask;
import vn.danvan.programme.PlanCommands.DraftPlan;
import vn.danvan.programme.PlanCommands.ReportProgress;
import vn.danvan.programme.domain.Plan;
import vn.danvan.programme.domain.PlanEvent;
import vn.danvan.programme.domain.PlanTask;
import vn.danvan.programme.domain.ProgressReport;
import vn.danvan.shared.LawfulYear;

/** Dân vận plans, their tasks and progress over REST, with the rules of the staff pages. */
@RestController
@Tag(name = "Plans", description = "Kế hoạch công tác dân vận (Quy định 23-QĐ/TW), nhiệm vụ và báo cáo tiến độ")
class PlanApi {

    record PlanView(Plan plan, List<PlanTask> tasks, List<PlanEvent> timeline) {}

    record TaskView(PlanTask task, List<ProgressReport> progress, List<PlanEvent> timeline) {}

    record Done(@NotNull LocalDate doneOn) {}

    private final PlanBook plans;
    private final Clock clock;

    PlanApi(PlanBook plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Operation(summary = "Plans of the bodies in scope (or with a task they own) in a year")
    @GetMapping(path = "/api/v1/programme/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Plan> plans(
            @Parameter(description = "The year; this year when absent")
                    @RequestParam(required = false)
                    @Nullable
                    @LawfulYear
                    Integer year,
            StaffMember staff) {
        return plans.plans(year == null ? today().getYear() : year, staff);
    }

    @Operation(summary = "Draft a body's annual dân vận plan")
    @PostMapping(
            path = "/api/v1/programme/plans",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Plan> draft(@Valid @RequestBody DraftPlan command, StaffMember staff) {
        Plan plan = plans.draft(command, staff);
        return ResponseEntity.created(URI.create("/api/v1/programme/plans/" + plan.id()))
                .body(plan);
    }

    @Operation(summary = "A plan with its tasks and timeline")
    @GetMapping(path = "/api/v1/programme/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PlanView plan(@PathVariable long id, StaffMember staff) {
        return new PlanView(plans.plan(id, staff), plans.tasks(id, staff), plans.timeline("plan", id));
    }

    @Operation(summary = "Add a task to a plan: owner body, deadline, indicator and target")
    @PostMapping(
            path = "/api/v1/programme/plans/{id}/tasks",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanTask> addTask(@PathVariable long id, @Valid @RequestBody AddTask command, StaffMember staff) {
        PlanTask task = plans.addTask(id, command, staff);
        return ResponseEntity.created(URI.create("/api/v1/programme/tasks/" + task.id()))
                .body(task);
    }

    @Operation(summary = "A task with its progress reports and timeline")
    @GetMapping(path = "/api/v1/programme/tasks/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    TaskView task(@PathVariable long id, StaffMember staff) {
        return new TaskView(plans.task(id, staff), plans.progress(id, staff), plans.timeline("task", id));
    }

    @Operation(summary = "Report a task's progress (staff of its owner body)")
    @PostMapping(
            path = "/api/v1/programme/tasks/{id}/progress",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgressReport> reportProgress(
            @PathVariable long id, @Valid @RequestBody ReportProgress command, StaffMember staff) {
        ProgressReport report = plans.reportProgress(id, command, today(), staff);
        return ResponseEntity.created(URI.create("/api/v1/programme/tasks/" + id))
                .body(report);
    }

    @Operation(summary = "Report a task done (staff of its owner body)")
    @PostMapping(
            path = "/api/v1/programme/tasks/{id}/done",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PlanTask complete(@PathVariable long id, @Valid @RequestBody Done done, StaffMember staff) {
        return plans.complete(id, done.doneOn(), today(), staff);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
