package vn.danvan.dialogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.dialogue.CommitmentTracking;
import vn.danvan.dialogue.DialogueCommands.HoldDialogue;
import vn.danvan.dialogue.DialogueCommands.MakeCommitment;
import vn.danvan.dialogue.DialogueCommands.RaiseIssue;
import vn.danvan.dialogue.DialogueFollowing;
import vn.danvan.dialogue.DialogueRecording;
import vn.danvan.dialogue.domain.Commitment;
import vn.danvan.dialogue.domain.CommitmentEvent;
import vn.danvan.dialogue.domain.CommitmentState;
import vn.danvan.dialogue.domain.Dialogue;
import vn.danvan.dialogue.domain.Issue;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.LawfulYear;

/**
 * Dialogues with the people and the ledger of commitments over REST, with the rules of the staff pages: a
 * dialogue is seen by staff of its convener or co-convener, a commitment by those of its owner too.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dialogues", description = "Đối thoại với Nhân dân và sổ theo dõi cam kết")
class DialogueApi {

    record DialogueView(Dialogue dialogue, List<Issue> issues, List<Commitment> commitments) {}

    record CommitmentView(Commitment commitment, List<CommitmentEvent> timeline) {}

    /** A promise made in answer to one of the dialogue's issues. */
    record Promise(
            @NotNull Long issueId,
            @NotNull Long ownerBodyId,
            @NotBlank @Size(max = 200) String ownerName,
            @Nullable @Size(max = 200) String ownerPosition,
            @NotBlank @Size(max = 2000) String description,
            @NotNull LocalDate dueOn) {

        MakeCommitment command() {
            return new MakeCommitment(ownerBodyId, ownerName, ownerPosition, description, dueOn);
        }
    }

    record Note(@Nullable @Size(max = InputText.LONGEST) String note) {}

    record Progress(
            @NotBlank @Size(max = InputText.LONGEST) String note,
            @Nullable @Size(max = 2000) String evidence) {}

    record Done(
            @Nullable LocalDate doneOn,
            @Nullable @Size(max = 2000) String evidence) {}

    record Drop(@NotBlank @Size(max = InputText.LONGEST) String reason) {}

    record Confirmation(
            @NotNull Boolean confirmed,
            @NotBlank @Size(max = 200) String confirmedBy) {}

    private final DialogueRecording dialogues;
    private final CommitmentTracking commitments;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final DialogueFollowing following;

    DialogueApi(
            DialogueRecording dialogues,
            CommitmentTracking commitments,
            OrganizationDirectory organization,
            Clock clock,
            DialogueFollowing following) {
        this.following = following;
        this.dialogues = dialogues;
        this.commitments = commitments;
        this.organization = organization;
        this.clock = clock;
    }

    // ---- dialogues ----------------------------------------------------------------------------------

    @Operation(summary = "Dialogues convened or co-convened by the bodies in scope in a year, latest first")
    @GetMapping("/api/v1/dialogues")
    List<Dialogue> dialogues(
            @Parameter(description = "The year; this year when absent")
                    @RequestParam(required = false)
                    @Nullable
                    @LawfulYear
                    Integer year,
            StaffMember staff) {
        return dialogues.dialogues(bodiesInScope(staff), year == null ? today().getYear() : year);
    }

    @Operation(summary = "Record a dialogue held with the people")
    @PostMapping(path = "/api/v1/dialogues", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Dialogue> hold(@Valid @RequestBody HoldDialogue command, StaffMember staff) {
        long id = dialogues.hold(command, today(), staff).id();
        return ResponseEntity.created(URI.create("/api/v1/dialogues/" + id)).body(dialogues.dialogue(id, staff));
    }

    @Operation(summary = "A dialogue with its issues and the commitments made in it")
    @GetMapping("/api/v1/dialogues/{id}")
    DialogueView dialogue(@PathVariable long id, StaffMember staff) {
        Dialogue dialogue = dialogues.dialogue(id, staff);
        return new DialogueView(dialogue, dialogues.issues(id), commitments.commitmentsOfDialogue(id));
    }

    @GetMapping("/api/v1/dialogues/{id}/issues")
    List<Issue> issues(@PathVariable long id, StaffMember staff) {
        dialogues.dialogue(id, staff);
        return dialogues.issues(id);
    }

    @Operation(summary = "An issue raised in the dialogue, with its answer if given")
    @PostMapping(path = "/api/v1/dialogues/{id}/issues", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Issue> raise(@PathVariable long id, @Valid @RequestBody RaiseIssue command, StaffMember staff) {
        long issueId = dialogues.raiseIssue(id, command, staff).id();
        return ResponseEntity.created(URI.create("/api/v1/dialogues/" + id + "/issues"))
                .body(dialogues.issue(issueId).orElseThrow());
    }

    @Operation(summary = "A promise (cam kết) made in answer to one of the dialogue's issues")
    @PostMapping(path = "/api/v1/dialogues/{id}/commitments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Commitment> commit(@PathVariable long id, @Valid @RequestBody Promise promise, StaffMember staff) {
        dialogues.dialogue(id, staff);
        if (dialogues.issue(promise.issueId()).filter(i -> i.dialogueId() == id).isEmpty()) {
            throw DomainException.notFound("dialogue.issue-unknown");
        }
        long commitmentId = commitments
                .commit(promise.issueId(), promise.command(), today(), staff)
                .id();
        return ResponseEntity.created(URI.create("/api/v1/commitments/" + commitmentId))
                .body(commitments.commitment(commitmentId).orElseThrow());
    }

    // ---- the ledger of commitments ------------------------------------------------------------------

    @Operation(summary = "The ledger: commitments owned by, or made in dialogues of, the bodies in scope")
    @GetMapping("/api/v1/commitments")
    List<Commitment> ledger(
            @RequestParam(required = false) @Nullable CommitmentState state,
            @Parameter(description = "Only those past their due day and unfinished")
                    @RequestParam(defaultValue = "false")
                    boolean overdue,
            StaffMember staff) {
        return commitments.ledger(bodiesInScope(staff), state, overdue, today());
    }

    @Operation(summary = "A commitment with its timeline")
    @GetMapping("/api/v1/commitments/{id}")
    CommitmentView commitment(@PathVariable long id, StaffMember staff) {
        Commitment commitment =
                commitments.commitment(id).orElseThrow(() -> DomainException.notFound("commitment.unknown"));
        if (!commitment.concerns(staff)
                && !following.follows(staff, commitment.convenerBodyId())
                && !following.follows(staff, commitment.ownerBodyId())) {
            throw DomainException.forbidden("dialogue.out-of-scope");
        }
        return new CommitmentView(commitment, commitments.timeline(id, false));
    }

    @Operation(summary = "Work on an open commitment has begun")
    @PostMapping(path = "/api/v1/commitments/{id}/start", consumes = MediaType.APPLICATION_JSON_VALUE)
    Commitment start(@PathVariable long id, @Valid @RequestBody Note note, StaffMember staff) {
        return commitments.start(id, note.note(), today(), staff);
    }

    @Operation(summary = "A progress note, with optional evidence; the state does not change")
    @PostMapping(path = "/api/v1/commitments/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    Commitment progress(@PathVariable long id, @Valid @RequestBody Progress progress, StaffMember staff) {
        return commitments.reportProgress(id, progress.note(), progress.evidence(), true, today(), staff);
    }

    @Operation(summary = "Report the commitment done (on a day that has come; today when absent)")
    @PostMapping(path = "/api/v1/commitments/{id}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    Commitment done(@PathVariable long id, @Valid @RequestBody Done done, StaffMember staff) {
        LocalDate today = today();
        return commitments.complete(id, done.doneOn() == null ? today : done.doneOn(), done.evidence(), today, staff);
    }

    @Operation(summary = "Drop the commitment, with the reason")
    @PostMapping(path = "/api/v1/commitments/{id}/drop", consumes = MediaType.APPLICATION_JSON_VALUE)
    Commitment drop(@PathVariable long id, @Valid @RequestBody Drop drop, StaffMember staff) {
        return commitments.drop(id, drop.reason(), today(), staff);
    }

    @Operation(summary = "The people who raised the issue confirm or dispute that a done commitment was kept")
    @PostMapping(path = "/api/v1/commitments/{id}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    Commitment confirm(@PathVariable long id, @Valid @RequestBody Confirmation confirmation, StaffMember staff) {
        return commitments.confirm(
                id, Boolean.TRUE.equals(confirmation.confirmed()), confirmation.confirmedBy(), today(), staff);
    }

    private Set<Long> bodiesInScope(StaffMember staff) {
        return following.followedBodies(staff);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
