package vn.danvan.petition.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.ComplaintParticulars;
import vn.danvan.petition.ComplaintProceedings;
import vn.danvan.petition.ComplaintSubject;
import vn.danvan.petition.Complexity;
import vn.danvan.petition.ComplexityCriterion;
import vn.danvan.petition.DeclareComplexity;
import vn.danvan.petition.RecordDecisionSent;
import vn.danvan.petition.ResumeComplaint;
import vn.danvan.petition.SuspendComplaint;
import vn.danvan.petition.SuspensionGround;
import vn.danvan.petition.TerminateComplaint;
import vn.danvan.petition.TerminationGround;
import vn.danvan.petition.WithdrawComplaint;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.RenderedPages;

/** The actions of the case page's complaint card: each posts, then shows the case again with a notice or an error. */
@Controller
@RenderedPages
@RequestMapping("/petitions")
class ComplaintPages {

    private final ComplaintProceedings complaints;

    ComplaintPages(ComplaintProceedings complaints) {
        this.complaints = complaints;
    }

    @PostMapping("/{id}/complaint-particulars")
    String particulars(
            @PathVariable long id,
            @RequestParam ComplaintSubject subject,
            @RequestParam(defaultValue = "false") boolean dismissal,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate learnedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate firstDecisionReceivedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate obstacleFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate obstacleTo,
            @RequestParam(required = false) @Nullable @Size(max = 500) String obstacleReason,
            @RequestParam(required = false) @Nullable Integer signatureCount,
            @RequestParam(defaultValue = "false") boolean representativesAppointedInWriting,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, redirect, "particulars", () -> {
            List<ComplaintParticulars.Obstacle> obstacles = new ArrayList<>();
            if (obstacleFrom != null || obstacleTo != null) {
                if (obstacleFrom == null || obstacleTo == null || obstacleReason == null || obstacleReason.isBlank()) {
                    throw DomainException.invalid("complaint.obstacle-incomplete");
                }
                obstacles.add(new ComplaintParticulars.Obstacle(obstacleFrom, obstacleTo, obstacleReason.strip()));
            }
            if (signatureCount != null && (signatureCount < 0 || signatureCount > 100_000)) {
                throw DomainException.invalid("complaint.signatures-exceed-complainants", 100_000);
            }
            return complaints.recordParticulars(
                    id,
                    new ComplaintParticulars(
                            subject,
                            dismissal,
                            learnedOn,
                            firstDecisionReceivedOn,
                            obstacles,
                            signatureCount,
                            representativesAppointedInWriting),
                    staff);
        });
    }

    @PostMapping("/{id}/complexity")
    String complexity(
            @PathVariable long id,
            @RequestParam Complexity complexity,
            @RequestParam(required = false) @Nullable List<ComplexityCriterion> criteria,
            @RequestParam @Size(max = InputText.NOTE) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate declaredOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        Set<ComplexityCriterion> chosen = criteria == null || criteria.isEmpty()
                ? EnumSet.noneOf(ComplexityCriterion.class)
                : EnumSet.copyOf(criteria);
        return act(
                id,
                redirect,
                "complexity",
                () -> complaints.declareComplexity(
                        id, new DeclareComplexity(complexity, chosen, reason, declaredOn), staff));
    }

    @PostMapping("/{id}/suspension")
    String suspend(
            @PathVariable long id,
            @RequestParam SuspensionGround ground,
            @RequestParam @Size(max = InputText.NOTE) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "suspended",
                () -> complaints.suspend(id, new SuspendComplaint(ground, reason, issuedOn), staff));
    }

    @PostMapping("/{id}/resumption")
    String resume(
            @PathVariable long id,
            @RequestParam @Size(max = InputText.NOTE) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, redirect, "resumed", () -> complaints.resume(id, new ResumeComplaint(reason, issuedOn), staff));
    }

    @PostMapping("/{id}/termination")
    String terminate(
            @PathVariable long id,
            @RequestParam TerminationGround ground,
            @RequestParam @Size(max = InputText.NOTE) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "terminated",
                () -> complaints.terminate(id, new TerminateComplaint(ground, reason, issuedOn), staff));
    }

    @PostMapping("/{id}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int people,
            @RequestParam(required = false) @Nullable @Size(max = InputText.NOTE) String content,
            @RequestParam(defaultValue = "false") boolean coerced,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate withdrawnOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, redirect, "withdrawn", () -> {
            if (people < 0 || people > 100_000) {
                throw DomainException.invalid("complaint.withdrawal-empty");
            }
            return complaints.withdraw(
                    id,
                    new WithdrawComplaint(
                            people, content == null || content.isBlank() ? null : content, coerced, withdrawnOn),
                    staff);
        });
    }

    @PostMapping("/{id}/decision-sending")
    String decisionSent(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sentOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "decisionSent",
                () -> complaints.recordDecisionSent(id, new RecordDecisionSent(sentOn), staff));
    }

    private String act(long id, RedirectAttributes redirect, String notice, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.code());
            redirect.addFlashAttribute("errorArguments", e.arguments());
        }
        return "redirect:/petitions/" + id;
    }
}
