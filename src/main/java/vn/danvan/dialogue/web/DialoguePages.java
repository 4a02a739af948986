package vn.danvan.dialogue.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.dialogue.CommitmentTracking;
import vn.danvan.dialogue.DialogueFollowing;
import vn.danvan.dialogue.DialogueKind;
import vn.danvan.dialogue.DialogueRecording;
import vn.danvan.dialogue.domain.AnnualDialogueObligation;
import vn.danvan.dialogue.domain.Commitment;
import vn.danvan.dialogue.domain.CommitmentState;
import vn.danvan.dialogue.domain.Dialogue;
import vn.danvan.dialogue.domain.DialoguePolicy;
import vn.danvan.dialogue.web.DialogueForms.CommitForm;
import vn.danvan.dialogue.web.DialogueForms.HoldForm;
import vn.danvan.dialogue.web.DialogueForms.IssueForm;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.LawfulYear;
import vn.danvan.shared.RenderedPages;

/** Staff pages: dialogues of the year with the annual obligation, a dialogue with its issues and promises, the ledger. */
@Controller
@RenderedPages
class DialoguePages {

    private final DialogueRecording dialogues;
    private final CommitmentTracking commitments;
    private final AnnualDialogueObligation obligation;
    private final OrganizationDirectory organization;
    private final PetitionQueries petitions;
    private final Validator validator;
    private final Clock clock;
    private final DialogueFollowing following;

    DialoguePages(
            DialogueRecording dialogues,
            CommitmentTracking commitments,
            AnnualDialogueObligation obligation,
            OrganizationDirectory organization,
            PetitionQueries petitions,
            Validator validator,
            Clock clock,
            DialogueFollowing following) {
        this.following = following;
        this.dialogues = dialogues;
        this.commitments = commitments;
        this.clock = clock;
        this.obligation = obligation;
        this.organization = organization;
        this.petitions = petitions;
        this.validator = validator;
    }

    @InitBinder({"holdForm", "issueForm", "commitForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("today", today());
    }

    @GetMapping("/dialogues")
    String list(@RequestParam(required = false) @Nullable @LawfulYear Integer year, StaffMember staff, Model model) {
        int shown = year == null ? today().getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("dialogues", dialogues.dialogues(bodiesInScope(staff), shown));
        model.addAttribute("obligations", obligation.standings(shown, today(), staff));
        return "dialogue/list";
    }

    @GetMapping("/dialogues/new")
    String newDialogue(StaffMember staff, Model model) {
        HoldForm form = new HoldForm();
        form.convenerBodyId = staff.bodyId();
        form.heldOn = today();
        Forms.add(model, "holdForm", form);
        return holdPage(staff, model);
    }

    @PostMapping("/dialogues")
    String hold(
            @ModelAttribute("holdForm") HoldForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> dialogues.hold(command, today(), staff),
                dialogue -> {
                    redirect.addFlashAttribute("notice", "dialogue.notice.held");
                    return "redirect:/dialogues/" + dialogue.id();
                },
                () -> holdPage(staff, model));
    }

    @GetMapping("/dialogues/{id}")
    String dialogue(@PathVariable long id, StaffMember staff, Model model) {
        if (!model.containsAttribute("issueForm")) {
            Forms.add(model, "issueForm", new IssueForm());
        }
        if (!model.containsAttribute("commitForm")) {
            CommitForm commit = new CommitForm();
            commit.ownerBodyId = staff.bodyId();
            Forms.add(model, "commitForm", commit);
        }
        return dialoguePage(id, staff, model);
    }

    @PostMapping("/dialogues/{id}/issues")
    String raise(
            @PathVariable long id,
            @ModelAttribute("issueForm") IssueForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> dialogues.raiseIssue(id, command, staff),
                issue -> {
                    redirect.addFlashAttribute("notice", "dialogue.notice.issue-raised");
                    return "redirect:/dialogues/" + id + "#issue-" + issue.id();
                },
                () -> {
                    Forms.add(model, "commitForm", new CommitForm());
                    return dialoguePage(id, staff, model);
                });
    }

    @PostMapping("/dialogues/{id}/commitments")
    String commit(
            @PathVariable long id,
            @ModelAttribute("commitForm") CommitForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        Supplier<String> again = () -> {
            Forms.add(model, "issueForm", new IssueForm());
            return dialoguePage(id, staff, model);
        };
        Long issueId = form.issueId;
        if (issueId == null
                || dialogues.issue(issueId).filter(i -> i.dialogueId() == id).isEmpty()) {
            binding.reject("dialogue.issue-unknown");
            return again.get();
        }
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> commitments.commit(issueId, command, today(), staff),
                commitment -> {
                    redirect.addFlashAttribute("notice", "dialogue.notice.committed");
                    return "redirect:/dialogues/" + id + "#commitment-" + commitment.id();
                },
                again);
    }

    @PostMapping("/dialogues/{id}/minutes")
    String attachMinutes(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            StaffMember staff,
            RedirectAttributes redirect) {
        try (InputStream content = file.getInputStream()) {
            dialogues.attachMinutes(id, file.getOriginalFilename(), content, staff);
            redirect.addFlashAttribute("notice", "dialogue.notice.minutes-attached");
        } catch (DomainException refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            Forms.flashRefusal(redirect, refused);
        } catch (IOException e) {
            redirect.addFlashAttribute("refusal", "dialogue.minutes-empty");
        }
        return "redirect:/dialogues/" + id;
    }

    @GetMapping("/dialogues/{id}/minutes/{fileId}")
    ResponseEntity<Resource> minutes(@PathVariable long id, @PathVariable long fileId, StaffMember staff) {
        Path path = dialogues.minutesPath(id, fileId, staff);
        var file = dialogues.minutes(id).stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(new FileSystemResource(path));
    }

    @GetMapping("/commitments")
    String ledger(
            @RequestParam(required = false) @Nullable CommitmentState state,
            @RequestParam(defaultValue = "false") boolean overdue,
            StaffMember staff,
            Model model) {
        model.addAttribute("commitments", commitments.ledger(bodiesInScope(staff), state, overdue, today()));
        model.addAttribute("state", state);
        model.addAttribute("overdue", overdue);
        model.addAttribute("states", CommitmentState.values());
        return "dialogue/ledger";
    }

    /** A move of a commitment from its page or the ledger; a refusal comes back as a message, nothing written. */
    @PostMapping("/commitments/{id}/{action:start|progress|done|drop|confirm}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String evidence,
            @RequestParam(required = false) @Nullable String doneOn,
            @RequestParam(defaultValue = "true") boolean confirmed,
            @RequestParam(defaultValue = "") String back,
            StaffMember staff,
            RedirectAttributes redirect) {
        LocalDate today = today();
        try {
            switch (action) {
                case "start" -> commitments.start(id, note, today, staff);
                case "progress" -> commitments.reportProgress(id, note, evidence, true, today, staff);
                case "done" ->
                    commitments.complete(
                            id, doneOn == null || doneOn.isBlank() ? today : parse(doneOn), evidence, today, staff);
                case "drop" -> commitments.drop(id, note, today, staff);
                default -> commitments.confirm(id, confirmed, note, today, staff);
            }
            redirect.addFlashAttribute("notice", "commitment.notice." + action);
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
        }
        long dialogueId = commitments.commitment(id).map(Commitment::dialogueId).orElse(0L);
        return "ledger".equals(back)
                ? "redirect:/commitments"
                : "redirect:/dialogues/" + dialogueId + "#commitment-" + id;
    }

    private String holdPage(StaffMember staff, Model model) {
        model.addAttribute(
                "conveners",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()) && isConvener(b))
                        .toList());
        model.addAttribute(
                "allConveners",
                organization.bodies().stream().filter(DialoguePages::isConvener).toList());
        model.addAttribute("kinds", DialogueKind.values());
        return "dialogue/new";
    }

    private String dialoguePage(long id, StaffMember staff, Model model) {
        Dialogue dialogue = dialogues.dialogue(id, staff);
        List<Commitment> made = commitments.commitmentsOfDialogue(id);
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("issues", dialogues.issues(id));
        model.addAttribute("minutesFiles", dialogues.minutes(id));
        model.addAttribute("commitmentsByIssue", made.stream().collect(Collectors.groupingBy(Commitment::issueId)));
        model.addAttribute(
                "timelines",
                made.stream().collect(Collectors.toMap(Commitment::id, c -> commitments.timeline(c.id(), false))));
        model.addAttribute("fields", petitions.fields());
        model.addAttribute(
                "fieldNames",
                petitions.fields().stream()
                        .collect(Collectors.toMap(PetitionQueries.Field::code, PetitionQueries.Field::nameVi)));
        model.addAttribute("bodies", organization.bodies());
        return "dialogue/dialogue";
    }

    private static boolean isConvener(Body body) {
        return DialoguePolicy.mayConvene(body);
    }

    private Set<Long> bodiesInScope(StaffMember staff) {
        return following.followedBodies(staff);
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid("commitment.date-malformed", day);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
