package vn.danvan.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.AgreementBook;
import vn.danvan.programme.AgreementCommands.AddJointTask;
import vn.danvan.programme.AgreementCommands.CompleteJointTask;
import vn.danvan.programme.AgreementCommands.HoldJointReview;
import vn.danvan.programme.AgreementCommands.SignAgreement;
import vn.danvan.programme.domain.Agreement;
import vn.danvan.programme.domain.AgreementReview;
import vn.danvan.programme.domain.JointTask;

/**
 * Coordination agreements over REST: a staff member sees the agreements one of their bodies is a party to (an
 * armed-forces unit's accounts, only their unit's).
 */
@RestController
@Tag(name = "Coordination agreements", description = "Quy chế phối hợp, nhiệm vụ phối hợp và sơ kết chung")
class AgreementApi {

    record AgreementView(Agreement agreement, List<JointTask> tasks, List<AgreementReview> reviews) {}

    private final AgreementBook agreements;
    private final Clock clock;

    AgreementApi(AgreementBook agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @Operation(summary = "Agreements a body in scope is a party to, latest first")
    @GetMapping(path = "/api/v1/programme/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Agreement> agreements(StaffMember staff) {
        return agreements.agreements(staff);
    }

    @Operation(summary = "Record an agreement signed by a lead body with its parties")
    @PostMapping(
            path = "/api/v1/programme/agreements",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Agreement> sign(@Valid @RequestBody SignAgreement command, StaffMember staff) {
        Agreement agreement = agreements.sign(command, today(), staff);
        return ResponseEntity.created(URI.create("/api/v1/programme/agreements/" + agreement.id()))
                .body(agreement);
    }

    @Operation(summary = "An agreement with its joint tasks and joint reviews")
    @GetMapping(path = "/api/v1/programme/agreements/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AgreementView agreement(@PathVariable long id, StaffMember staff) {
        return new AgreementView(
                agreements.agreement(id, staff), agreements.tasks(id, staff), agreements.reviews(id, staff));
    }

    @Operation(summary = "Add a joint task owned by one of the parties, due within the agreement's period")
    @PostMapping(
            path = "/api/v1/programme/agreements/{id}/tasks",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JointTask> addTask(
            @PathVariable long id, @Valid @RequestBody AddJointTask command, StaffMember staff) {
        JointTask task = agreements.addTask(id, command, staff);
        return ResponseEntity.created(URI.create("/api/v1/programme/agreements/" + id))
                .body(task);
    }

    @Operation(summary = "Report a joint task done with its result (staff of its owner)")
    @PostMapping(
            path = "/api/v1/programme/joint-tasks/{id}/done",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    JointTask complete(@PathVariable long id, @Valid @RequestBody CompleteJointTask command, StaffMember staff) {
        return agreements.complete(id, command, today(), staff);
    }

    @Operation(summary = "Record a periodic joint review of the agreement")
    @PostMapping(
            path = "/api/v1/programme/agreements/{id}/reviews",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgreementReview> review(
            @PathVariable long id, @Valid @RequestBody HoldJointReview command, StaffMember staff) {
        AgreementReview review = agreements.review(id, command, today(), staff);
        return ResponseEntity.created(URI.create("/api/v1/programme/agreements/" + id))
                .body(review);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
