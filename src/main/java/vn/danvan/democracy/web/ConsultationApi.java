package vn.danvan.democracy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.democracy.ConsultationCommands.EnteredComment;
import vn.danvan.democracy.ConsultationDrafting;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;

/**
 * The drafts of a commune put to the people, their comments, and the comments of meetings and letters entered by a
 * client system of the drafting body (Luật THDCCS 2022 Đ.25–29). Errors are problem+json with a Vietnamese detail.
 */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations", description = "Lấy ý kiến Nhân dân về dự thảo (Luật THDCCS 2022 Đ.25–29)")
public class ConsultationApi {

    private final ConsultationDrafting drafting;
    private final Clock clock;

    public ConsultationApi(ConsultationDrafting drafting, Clock clock) {
        this.drafting = drafting;
        this.clock = clock;
    }

    @Operation(summary = "The drafts of a commune the caller works for or oversees, newest first")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ConsultationView> list(
            @Parameter(description = "Commune code (5 digits, QĐ 19/2025/QĐ-TTg)") @RequestParam String commune,
            StaffMember staff) {
        if (!commune.matches("\\d{5}")) {
            throw DomainException.invalid("democracy.commune-malformed", commune);
        }
        List<Long> bodies = drafting.publishersInScope(staff).stream()
                .filter(b -> commune.equals(b.communeCode()))
                .map(Body::id)
                .toList();
        if (bodies.isEmpty()) {
            throw DomainException.forbidden("democracy.out-of-scope");
        }
        LocalDate today = LocalDate.now(clock);
        return drafting.list(staff).stream()
                .filter(c -> bodies.contains(c.bodyId()))
                .map(c -> ConsultationView.of(c, today, drafting.sections(c.id()), drafting.groups(c.id())))
                .toList();
    }

    @Operation(summary = "A draft with its sections and the answers given to each group of comments")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ConsultationView consultation(@PathVariable long id, StaffMember staff) {
        Consultation consultation = drafting.consultation(id, staff);
        return ConsultationView.of(consultation, LocalDate.now(clock), drafting.sections(id), drafting.groups(id));
    }

    @Operation(summary = "Every comment on the draft, hidden ones with their reason; no commenter's name")
    @GetMapping(path = "/{id}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ConsultationView.CommentView> comments(@PathVariable long id, StaffMember staff) {
        drafting.consultation(id, staff);
        return drafting.comments(id).stream()
                .map(ConsultationView.CommentView::of)
                .toList();
    }

    @Operation(
            summary = "Enters a comment from a meeting (MEETING) or a letter (WRITTEN), while the draft is open or"
                    + " closed but not yet synthesised")
    @PostMapping(
            path = "/{id}/comments",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ConsultationView.CommentView enter(
            @PathVariable long id, @Valid @RequestBody EnteredComment command, StaffMember staff) {
        long comment = drafting.enterComment(id, command, LocalDate.now(clock), staff);
        return drafting.comments(id).stream()
                .filter(c -> c.id() == comment)
                .findFirst()
                .map(ConsultationView.CommentView::of)
                .orElseThrow();
    }
}
