package vn.danvan.reception.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.HeadPosition;
import vn.danvan.reception.Matter;
import vn.danvan.reception.ReceptionLog;
import vn.danvan.reception.ReceptionObligations;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.reception.RefusalGround;
import vn.danvan.reception.SessionKind;
import vn.danvan.reception.VisitAnswer;
import vn.danvan.reception.domain.ReceptionSession;
import vn.danvan.reception.domain.ReceptionVisit;
import vn.danvan.reception.domain.SessionState;
import vn.danvan.reception.web.ReceptionForms.AnswerForm;
import vn.danvan.reception.web.ReceptionForms.HeadForm;
import vn.danvan.reception.web.ReceptionForms.SessionForm;
import vn.danvan.reception.web.ReceptionForms.VisitForm;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/** The reception desk: the month's schedule and obligations, heads, the reception log and a visit's page. */
@Controller
@RenderedPages
@RequestMapping("/reception")
class ReceptionPages {

    private final ReceptionSchedule schedule;
    private final ReceptionObligations obligations;
    private final ReceptionLog log;
    private final OrganizationDirectory organization;
    private final PetitionQueries petitions;
    private final Validator validator;
    private final Clock clock;

    ReceptionPages(
            ReceptionSchedule schedule,
            ReceptionObligations obligations,
            ReceptionLog log,
            OrganizationDirectory organization,
            PetitionQueries petitions,
            Validator validator,
            Clock clock) {
        this.clock = clock;
        this.schedule = schedule;
        this.obligations = obligations;
        this.log = log;
        this.organization = organization;
        this.petitions = petitions;
        this.validator = validator;
    }

    @GetMapping
    String desk(@RequestParam(required = false) @Nullable String month, StaffMember staff, Model model) {
        YearMonth shown = parseMonth(month);
        model.addAttribute("month", shown);
        if (!model.containsAttribute("headForm")) {
            Forms.add(model, "headForm", defaultHeadForm(staff));
        }
        if (!model.containsAttribute("sessionForm")) {
            Forms.add(model, "sessionForm", defaultSessionForm(staff));
        }
        return deskPage(shown, staff, model);
    }

    private String deskPage(YearMonth month, StaffMember staff, Model model) {
        LocalDate today = today();
        List<Body> bodies = bodiesInScope(staff);
        Set<Long> ids = bodies.stream().map(Body::id).collect(Collectors.toSet());
        LocalDate day = YearMonth.from(today).equals(month) ? today : month.atDay(1);
        model.addAttribute("month", month);
        model.addAttribute("previousMonth", month.minusMonths(1));
        model.addAttribute("nextMonth", month.plusMonths(1));
        model.addAttribute("bodies", bodies);
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("heads", schedule.heads(ids));
        model.addAttribute("standings", obligations.standings(ids, day, today, staff));
        model.addAttribute("sessions", schedule.sessions(ids, month.atDay(1), month.atEndOfMonth()));
        List<ReceptionVisit> visits = log.visits(ids, month.atDay(1), month.atEndOfMonth(), 200);
        model.addAttribute("visits", visits);
        model.addAttribute("overdue", log.overdue(ids, today, 100));
        model.addAttribute(
                "deadlines",
                visits.stream().collect(Collectors.toMap(ReceptionVisit::id, v -> log.deadlines(v, today))));
        model.addAttribute("positions", HeadPosition.values());
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("today", today);
        return "reception/desk";
    }

    @PostMapping("/heads")
    String appoint(
            @ModelAttribute("headForm") HeadForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                () -> form.toCommand(),
                command -> schedule.appoint(command, staff),
                head -> {
                    redirect.addFlashAttribute("notice", "reception.notice.head-appointed");
                    return "redirect:/reception";
                },
                () -> {
                    Forms.add(model, "sessionForm", defaultSessionForm(staff));
                    return deskPage(YearMonth.from(today()), staff, model);
                });
    }

    @PostMapping("/sessions")
    String scheduleSession(
            @ModelAttribute("sessionForm") SessionForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                () -> form.toCommand(),
                command -> schedule.schedule(command, staff),
                session -> {
                    redirect.addFlashAttribute("notice", "reception.notice.session-scheduled");
                    return "redirect:/reception?month="
                            + YearMonth.from(Objects.requireNonNull(form.heldOn, "the scheduled command had its day"));
                },
                () -> {
                    Forms.add(model, "headForm", defaultHeadForm(staff));
                    return deskPage(
                            form.heldOn == null ? YearMonth.from(today()) : YearMonth.from(form.heldOn), staff, model);
                });
    }

    @PostMapping("/sessions/{id}/held")
    String markHeld(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        return sessionAction(id, redirect, () -> schedule.markHeld(id, today(), staff));
    }

    @PostMapping("/sessions/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            StaffMember staff,
            RedirectAttributes redirect) {
        return sessionAction(id, redirect, () -> schedule.cancel(id, reason, staff));
    }

    private String sessionAction(
            long id, RedirectAttributes redirect, java.util.function.Supplier<ReceptionSession> action) {
        try {
            ReceptionSession session = action.get();
            redirect.addFlashAttribute(
                    "notice",
                    "reception.notice.session-" + session.state().name().toLowerCase(java.util.Locale.ROOT));
            return "redirect:/reception?month=" + YearMonth.from(session.heldOn());
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
            return "redirect:/reception";
        }
    }

    // ---- visits -------------------------------------------------------------------------------------

    @GetMapping("/visits/new")
    String newVisit(@RequestParam(required = false) @Nullable Long session, StaffMember staff, Model model) {
        VisitForm form = new VisitForm();
        form.bodyId = staff.bodyId();
        form.visitedOn = today();
        if (session != null) {
            schedule.session(session).filter(s -> staff.inScope(s.bodyId())).ifPresent(s -> {
                form.sessionId = s.id();
                form.bodyId = s.bodyId();
                form.visitedOn = s.heldOn();
            });
        }
        Forms.add(model, "form", form);
        return visitFormPage(staff, model);
    }

    @PostMapping("/visits")
    String recordVisit(
            @ModelAttribute("form") VisitForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                () -> form.toCommand(),
                command -> log.record(command, today(), staff),
                visit -> {
                    redirect.addFlashAttribute(
                            "notice",
                            form.refusalGround != null
                                    ? "reception.notice.visit-refused"
                                    : "reception.notice.visit-recorded");
                    return "redirect:/reception/visits/" + visit.id();
                },
                () -> visitFormPage(staff, model));
    }

    @GetMapping("/visits/{id}")
    String visit(@PathVariable long id, StaffMember staff, Model model) {
        ReceptionVisit visit =
                log.visit(id, staff).orElseThrow(() -> DomainException.notFound("reception.visit-unknown"));
        model.addAttribute("visit", visit);
        model.addAttribute("mayRevealVisitor", log.mayRevealVisitor(visit, staff));
        model.addAttribute("deadlines", log.deadlines(visit, today()));
        model.addAttribute("today", today());
        model.addAttribute("answers", VisitAnswer.values());
        if (!model.containsAttribute("answerForm")) {
            AnswerForm form = new AnswerForm();
            form.answeredOn = today();
            Forms.add(model, "answerForm", form);
        }
        model.addAttribute(
                "bodyName", organization.body(visit.bodyId()).map(Body::name).orElse(""));
        // Not "session": in a template ${session} is the HTTP session, whatever the model holds.
        model.addAttribute(
                "receptionSession",
                visit.sessionId() == null
                        ? null
                        : schedule.session(visit.sessionId()).orElse(null));
        model.addAttribute("fieldNames", fieldNames());
        model.addAttribute(
                "commune",
                visit.communeCode() == null
                        ? null
                        : organization
                                .commune(visit.communeCode())
                                .map(c -> c.fullName())
                                .orElse(visit.communeCode()));
        return "reception/visit";
    }

    /**
     * The printable receipt (phiếu tiếp nhận) handed to the person received: body, day, content, the tracking code
     * of the petition made from the visit, the receiving officer and the day an answer is owed (Luật Tiếp công dân
     * 2013 Đ.28(1)). A sealed denouncer's name is not printed: reading it is an audited act of its own.
     */
    @GetMapping("/visits/{id}/receipt")
    String receipt(@PathVariable long id, StaffMember staff, Model model) {
        ReceptionVisit visit =
                log.visit(id, staff).orElseThrow(() -> DomainException.notFound("reception.visit-unknown"));
        model.addAttribute("visit", visit);
        model.addAttribute("deadlines", log.deadlines(visit, today()));
        model.addAttribute(
                "bodyName", organization.body(visit.bodyId()).map(Body::name).orElse(""));
        model.addAttribute("fieldNames", fieldNames());
        model.addAttribute(
                "trackingCode",
                visit.petitionId() == null
                        ? null
                        : petitions.petition(visit.petitionId(), staff).trackingCode());
        model.addAttribute(
                "commune",
                visit.communeCode() == null
                        ? null
                        : organization
                                .commune(visit.communeCode())
                                .map(c -> c.fullName())
                                .orElse(null));
        model.addAttribute("printedOn", today());
        return "reception/receipt";
    }

    /** Records the answer given to the person received (Luật Tiếp công dân 2013 Đ.28(1)). */
    @PostMapping("/visits/{id}/answer")
    String answer(
            @PathVariable long id,
            @ModelAttribute("answerForm") AnswerForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                () -> form.toCommand(),
                command -> {
                    log.answer(id, command, today(), staff);
                    return id;
                },
                done -> {
                    redirect.addFlashAttribute("notice", "reception.notice.visit-answered");
                    return "redirect:/reception/visits/" + id;
                },
                () -> visit(id, staff, model));
    }

    /** Records the day the written notice of a refusal (Mẫu 01/TCD) was issued. */
    @PostMapping("/visits/{id}/refusal-notice")
    String refusalNotice(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String noticeOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        try {
            LocalDate day;
            try {
                day = LocalDate.parse(noticeOn.strip());
            } catch (DateTimeParseException malformed) {
                throw DomainException.invalid("reception.notice-day-malformed");
            }
            log.recordRefusalNotice(id, day, today(), staff);
            redirect.addFlashAttribute("notice", "reception.notice.refusal-notice-recorded");
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/reception/visits/" + id;
    }

    /**
     * Shows a sealed visitor's identity in the response to this request only (never in the session or a
     * redirect), to a staff member holding the identity permission; audited.
     */
    @PostMapping("/visits/{id}/identity")
    String revealVisitor(@PathVariable long id, StaffMember staff, Model model) {
        try {
            model.addAttribute("identity", log.revealVisitor(id, staff));
        } catch (DomainException refused) {
            model.addAttribute("refusal", refused.code());
            model.addAttribute("refusalArguments", refused.arguments());
        }
        return visit(id, staff, model);
    }

    @PostMapping("/visits/{id}/petition")
    String createPetition(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String title,
            StaffMember staff,
            RedirectAttributes redirect) {
        try {
            PetitionReference petition = log.createPetition(id, title, staff);
            redirect.addFlashAttribute("notice", "received");
            redirect.addFlashAttribute("noticeArgument", petition.trackingCode());
            return "redirect:/petitions/" + petition.id();
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
            return "redirect:/reception/visits/" + id;
        }
    }

    private String visitFormPage(StaffMember staff, Model model) {
        List<Body> bodies = bodiesInScope(staff);
        model.addAttribute("bodies", bodies);
        Set<Long> ids = bodies.stream().map(Body::id).collect(Collectors.toSet());
        model.addAttribute(
                "sessions",
                schedule.sessions(ids, today().minusDays(31), today()).stream()
                        .filter(s -> s.state() != SessionState.CANCELLED)
                        .toList());
        VisitForm form = (VisitForm) model.getAttribute("form");
        String province = form == null ? null : pickerProvince(form, staff);
        if (form != null) {
            form.provinceCode = province;
        }
        model.addAttribute("provinces", organization.provinces());
        model.addAttribute("communeChoices", province == null ? List.of() : organization.communeChoices(province, ""));
        model.addAttribute("visitorKinds", PetitionerKind.values());
        model.addAttribute("matters", Matter.values());
        model.addAttribute("types", PetitionType.values());
        model.addAttribute("fields", petitions.fields());
        model.addAttribute(
                "grounds",
                Arrays.stream(RefusalGround.values())
                        .filter(g -> g.isEffectiveOn(today()))
                        .toList());
        return "reception/visit-form";
    }

    /** The province the picker opens on: the one chosen, the commune's, or the officer's body's. */
    private @Nullable String pickerProvince(VisitForm form, StaffMember staff) {
        if (form.provinceCode != null && form.provinceCode.matches("\\d{2}")) {
            return form.provinceCode;
        }
        if (form.communeCode != null && !form.communeCode.isBlank()) {
            var commune = organization.commune(form.communeCode.strip());
            if (commune.isPresent()) {
                return commune.get().provinceCode();
            }
        }
        return organization.body(staff.bodyId()).map(Body::provinceCode).orElse(null);
    }

    // ---- shared -------------------------------------------------------------------------------------

    @InitBinder({"form", "headForm", "sessionForm", "answerForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    private HeadForm defaultHeadForm(StaffMember staff) {
        HeadForm form = new HeadForm();
        form.bodyId = staff.bodyId();
        form.activeFrom = today();
        return form;
    }

    private SessionForm defaultSessionForm(StaffMember staff) {
        SessionForm form = new SessionForm();
        form.bodyId = staff.bodyId();
        form.heldOn = today();
        return form;
    }

    private Map<String, String> fieldNames() {
        return petitions.fields().stream()
                .collect(Collectors.toMap(PetitionQueries.Field::code, PetitionQueries.Field::nameVi));
    }

    private List<Body> bodiesInScope(StaffMember staff) {
        return organization.bodies().stream().filter(b -> staff.inScope(b.id())).toList();
    }

    private YearMonth parseMonth(@Nullable String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(today());
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("reception.month-malformed", month);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
