package vn.danvan.democracy.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.democracy.CommunityDecisions;
import vn.danvan.democracy.DecisionForm;
import vn.danvan.democracy.DisclosurePublishing;
import vn.danvan.democracy.MatterCategory;
import vn.danvan.democracy.MatterCommands;
import vn.danvan.democracy.domain.Matter;
import vn.danvan.democracy.persistence.Matters;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * Staff pages of "dân bàn và quyết định": a commune's matters and the form that opens one; a matter's page where the
 * ballot team enters paper ballots or a meeting's count, the officer closes it and records the commune's
 * recognition; the minutes as PDF; a household's one-time code for its representative's account.
 */
@Controller
@RenderedPages
class MatterPages {

    /** The register of who took part lists this many households on the page; a commune-wide vote has more. */
    static final int PARTICIPANTS_SHOWN = 500;

    private final CommunityDecisions decisions;
    private final DisclosurePublishing publishing;
    private final MinutesDocument minutesDocument;
    private final Validator validator;

    MatterPages(
            CommunityDecisions decisions,
            DisclosurePublishing publishing,
            MinutesDocument minutesDocument,
            Validator validator) {
        this.decisions = decisions;
        this.publishing = publishing;
        this.minutesDocument = minutesDocument;
        this.validator = validator;
    }

    /** The open form's fields, kept when a refusal shows the page again. */
    public static class OpenForm {
        public @Nullable Long body;
        public @Nullable Long hamlet;
        public MatterCategory category = MatterCategory.K6;
        public DecisionForm form = DecisionForm.MEETING;
        public boolean secret;
        public String title = "";
        public String question = "";
        public @Nullable Integer initiativeHouseholds;
        public @Nullable Integer onlineAgreedHouseholds;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        public @Nullable LocalDateTime closesAt;
    }

    @InitBinder("openForm")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/matters")
    String list(@RequestParam(required = false) @Nullable Long body, StaffMember staff, Model model) {
        OpenForm form = new OpenForm();
        form.body = body;
        return listPage(form, staff, model);
    }

    @PostMapping("/matters")
    String open(@ModelAttribute("openForm") OpenForm form, BindingResult binding, StaffMember staff, Model model) {
        try {
            if (binding.hasFieldErrors()) {
                String field = java.util.Objects.requireNonNull(binding.getFieldError())
                        .getField();
                throw DomainException.invalid("matter.field."
                        + switch (field) {
                            case "body" -> "bodyId";
                            case "hamlet" -> "hamletId";
                            case "secret" -> "form";
                            default -> field;
                        });
            }
            var command = new MatterCommands.OpenMatter(
                    required(form.body, "bodyId"),
                    form.hamlet,
                    form.category,
                    form.form,
                    form.secret,
                    form.title,
                    form.question,
                    form.initiativeHouseholds,
                    form.onlineAgreedHouseholds,
                    required(form.closesAt, "closesAt"));
            valid(command);
            long id = decisions.open(command, staff);
            return "redirect:/matters/" + id;
        } catch (DomainException refused) {
            if (refused.status().value() == 403) {
                throw refused;
            }
            model.addAttribute("refusal", refused.code());
            model.addAttribute("refusalArguments", refused.arguments());
            return listPage(form, staff, model);
        }
    }

    private String listPage(OpenForm form, StaffMember staff, Model model) {
        List<Body> publishers = publishing.publishersInScope(staff);
        Long shown = form.body != null
                ? form.body
                : publishers.stream()
                        .filter(b -> b.id() == staff.bodyId())
                        .findFirst()
                        .or(() -> publishers.stream().findFirst())
                        .map(Body::id)
                        .orElse(null);
        form.body = shown;
        model.addAttribute("publishers", publishers);
        model.addAttribute("body", shown);
        Forms.add(model, "openForm", form);
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("forms", DecisionForm.values());
        model.addAttribute("matters", shown == null ? List.of() : decisions.mattersOf(shown, staff));
        model.addAttribute("hamlets", shown == null ? List.of() : decisions.hamlets(shown, staff));
        return "democracy/matters";
    }

    @GetMapping("/matters/{id}")
    String matter(@PathVariable long id, StaffMember staff, Model model) {
        Matter matter = decisions.matter(id, staff);
        model.addAttribute("matter", matter);
        model.addAttribute(
                "hamlets",
                decisions.hamlets(matter.bodyId(), staff).stream()
                        .filter(h -> matter.hamletId() == null || h.id() == matter.hamletId())
                        .toList());
        model.addAttribute("tally", matter.isOpen() ? decisions.liveTally(matter) : null);
        model.addAttribute("minutes", matter.isDecided() ? decisions.minutes(matter) : null);
        model.addAttribute("meetings", decisions.meetings(id));
        List<Matters.Participant> participants = decisions.participants(matter, staff, PARTICIPANTS_SHOWN + 1);
        model.addAttribute(
                "participants", participants.stream().limit(PARTICIPANTS_SHOWN).toList());
        model.addAttribute("participantsCut", participants.size() > PARTICIPANTS_SHOWN);
        model.addAttribute("timeline", decisions.timeline(id));
        model.addAttribute("methods", MatterCommands.CountMethod.values());
        model.addAttribute("liveSeconds", CommunityDecisions.LIVE_TALLY_SECONDS);
        return "democracy/matter";
    }

    @PostMapping("/matters/{id}/ballots")
    String ballots(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long hamlet,
            @RequestParam(defaultValue = "") String lines,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            var command = new MatterCommands.PaperBallots(required(hamlet, "hamletId"), lines);
            valid(command);
            int entered = decisions.enterBallots(id, command, staff);
            redirect.addFlashAttribute("notice", "matter.ballots-saved");
            redirect.addFlashAttribute("noticeArguments", new Object[] {entered});
        });
    }

    @PostMapping("/matters/{id}/meetings")
    String meeting(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long hamlet,
            @RequestParam(defaultValue = "") String cluster,
            @RequestParam(defaultValue = "SHOW_OF_HANDS") MatterCommands.CountMethod method,
            @RequestParam(defaultValue = "") String attending,
            @RequestParam(defaultValue = "0") int agree,
            @RequestParam(defaultValue = "0") int disagree,
            @RequestParam(defaultValue = "") String team,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            var command = new MatterCommands.MeetingCount(
                    required(hamlet, "hamletId"), cluster, method, attending, agree, disagree, team);
            valid(command);
            decisions.enterMeeting(id, command, staff);
            redirect.addFlashAttribute("notice", "matter.meeting-saved");
        });
    }

    @PostMapping("/matters/{id}/close")
    String close(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            decisions.close(id, staff);
            redirect.addFlashAttribute("notice", "matter.decided-notice");
        });
    }

    @PostMapping("/matters/{id}/recognition")
    String recognition(
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean recognised,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            var command = new MatterCommands.Recognition(recognised, number, required(date, "date"));
            valid(command);
            decisions.recognise(id, command, staff);
            redirect.addFlashAttribute("notice", "matter.recognition-saved");
        });
    }

    @GetMapping("/matters/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id, StaffMember staff) {
        Matter matter = decisions.matter(id, staff);
        return pdf(minutesDocument, decisions, matter);
    }

    @PostMapping("/households/{id}/link-code")
    String linkCode(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        String code = decisions.issueLinkCode(id, staff);
        redirect.addFlashAttribute("linkCode", code);
        return "redirect:/households/" + id;
    }

    static ResponseEntity<byte[]> pdf(MinutesDocument document, CommunityDecisions decisions, Matter matter) {
        if (!matter.isDecided()) {
            throw DomainException.notFound("matter.minutes-not-yet");
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("bien-ban-" + matter.id() + ".pdf")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(document.render(decisions.minutes(matter)));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        return Forms.runAction(redirect, null, "/matters/" + id, action);
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw DomainException.invalid("matter.field." + field);
        }
        return value;
    }

    /** A command that breaks its constraints is refused, naming the first field at fault. */
    private <T> void valid(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        violations.stream()
                .map(v -> v.getPropertyPath().toString())
                .sorted()
                .findFirst()
                .ifPresent(field -> {
                    throw DomainException.invalid("matter.field." + field);
                });
    }
}
