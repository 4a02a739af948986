package vn.danvan.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.ComplaintParticulars;
import vn.danvan.petition.ComplaintProceedings;
import vn.danvan.petition.DeclareComplexity;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.RecordDecisionSent;
import vn.danvan.petition.ResumeComplaint;
import vn.danvan.petition.SuspendComplaint;
import vn.danvan.petition.TerminateComplaint;
import vn.danvan.petition.WithdrawComplaint;

/** The legal paths of a complaint over REST; a refusal is problem+json (vn.danvan.shared.ApiProblems). */
@RestController
@RequestMapping(path = "/api/v1/petitions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Complaints",
        description = "Khiếu nại: thời hiệu, phức tạp, tạm đình chỉ, đình chỉ, rút đơn, gửi quyết định")
class ComplaintApi {

    private final ComplaintProceedings complaints;

    ComplaintApi(ComplaintProceedings complaints) {
        this.complaints = complaints;
    }

    @Operation(summary = "Complexity, time bar, window, suspension, withdrawal and decision sending of a case")
    @GetMapping("/{id}/complaint")
    ComplaintProceedings.ComplaintView complaint(@PathVariable long id, StaffMember staff) {
        return complaints.view(id, staff);
    }

    @Operation(summary = "Record what acceptance of a complaint turns on (Luật KN Đ.9, 33, 48, 50; NĐ 124 Đ.16(1))")
    @PutMapping(path = "/{id}/complaint-particulars", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference particulars(
            @PathVariable long id, @Valid @RequestBody ComplaintParticulars command, StaffMember staff) {
        return complaints.recordParticulars(id, command, staff);
    }

    @Operation(summary = "Declare a complaint or denunciation complex, with its criteria (NĐ 124 Đ.3a; Luật TC Đ.30)")
    @PostMapping(path = "/{id}/complexity", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference complexity(
            @PathVariable long id, @Valid @RequestBody DeclareComplexity command, StaffMember staff) {
        return complaints.declareComplexity(id, command, staff);
    }

    @Operation(summary = "Suspend the resolution of a complaint (tạm đình chỉ, Luật KN Đ.11a)")
    @PostMapping(path = "/{id}/suspension", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference suspend(@PathVariable long id, @Valid @RequestBody SuspendComplaint command, StaffMember staff) {
        return complaints.suspend(id, command, staff);
    }

    @Operation(summary = "Resume a suspended complaint: its period restarts (NĐ 124 Đ.28b(2))")
    @PostMapping(path = "/{id}/resumption", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference resume(@PathVariable long id, @Valid @RequestBody ResumeComplaint command, StaffMember staff) {
        return complaints.resume(id, command, staff);
    }

    @Operation(summary = "Terminate the resolution of a complaint (đình chỉ, Luật KN Đ.11a)")
    @PostMapping(path = "/{id}/termination", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference terminate(
            @PathVariable long id, @Valid @RequestBody TerminateComplaint command, StaffMember staff) {
        return complaints.terminate(id, command, staff);
    }

    @Operation(summary = "Withdraw all or part of a complaint (Luật 136/2025/QH15; NĐ 124 Đ.7a)")
    @PostMapping(path = "/{id}/withdrawals", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference withdraw(
            @PathVariable long id, @Valid @RequestBody WithdrawComplaint command, StaffMember staff) {
        return complaints.withdraw(id, command, staff);
    }

    @Operation(summary = "Record the day the last decision was sent to the parties (Luật KN Đ.32; NĐ 124 Đ.28b)")
    @PostMapping(path = "/{id}/decision-sending", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference decisionSent(
            @PathVariable long id, @Valid @RequestBody RecordDecisionSent command, StaffMember staff) {
        return complaints.recordDecisionSent(id, command, staff);
    }
}
