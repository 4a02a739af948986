package vn.danvan.programme.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.programme.CommendationForm;
import vn.danvan.programme.ModelCommands;
import vn.danvan.programme.ModelField;
import vn.danvan.programme.ModelKind;
import vn.danvan.programme.ModelRegistry;
import vn.danvan.programme.ModelStatus;
import vn.danvan.programme.domain.CouncilMember;
import vn.danvan.programme.domain.Model.Move;
import vn.danvan.programme.domain.ModelCriterion;
import vn.danvan.programme.domain.ModelLevelCount;
import vn.danvan.programme.domain.ModelPhoto;
import vn.danvan.programme.domain.ModelPolicy;
import vn.danvan.programme.domain.ModelRound;
import vn.danvan.programme.domain.ModelScoring;
import vn.danvan.programme.web.ModelForms.CommendForm;
import vn.danvan.programme.web.ModelForms.MemberForm;
import vn.danvan.programme.web.ModelForms.RecogniseForm;
import vn.danvan.programme.web.ModelForms.RegisterForm;
import vn.danvan.programme.web.ModelForms.ReplicateForm;
import vn.danvan.programme.web.ModelForms.ResultsForm;
import vn.danvan.programme.web.ModelForms.RoundForm;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * Staff pages of the "Dân vận khéo" movement: rounds with their councils, models through their lifecycle with the
 * council's scores, commendations, copies and photos, and the counts per level and year.
 */
@Controller
@RenderedPages
class ModelPages {

    private static final String FORMS =
            "roundForm,memberForm,registerForm,resultsForm,recogniseForm,commendForm," + "replicateForm";

    private final ModelRegistry registry;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    ModelPages(ModelRegistry registry, OrganizationDirectory organization, Validator validator, Clock clock) {
        this.registry = registry;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({
        "roundForm",
        "memberForm",
        "registerForm",
        "resultsForm",
        "recogniseForm",
        "commendForm",
        "replicateForm"
    })
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("today", today());
        model.addAttribute("fields", ModelField.values());
        model.addAttribute("kinds", ModelKind.values());
        model.addAttribute("statuses", ModelStatus.values());
        model.addAttribute("levels", List.of(UnitLevel.COMMUNE, UnitLevel.PROVINCE, UnitLevel.CENTRAL));
        model.addAttribute("commendationForms", CommendationForm.values());
    }

    @GetMapping("/programme/models")
    String list(
            @RequestParam(required = false) @Nullable Long round,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable ModelStatus status,
            StaffMember staff,
            Model model) {
        if (!model.containsAttribute("roundForm")) {
            RoundForm form = new RoundForm();
            form.bodyId = staff.bodyId();
            form.year = today().getYear();
            form.opensOn = today();
            form.closesOn = today().withMonth(12).withDayOfMonth(31);
            Forms.add(model, "roundForm", form);
        }
        return listPage(round, year, status, staff, model);
    }

    @PostMapping("/programme/models/rounds")
    String openRound(
            @ModelAttribute("roundForm") RoundForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> registry.openRound(command, staff),
                redirect,
                "model.notice.round-opened",
                round -> "/programme/models/rounds/" + round.id(),
                () -> listPage(null, null, null, staff, model));
    }

    @GetMapping("/programme/models/rounds/{id}")
    String round(@PathVariable long id, StaffMember staff, Model model) {
        if (!model.containsAttribute("memberForm")) {
            Forms.add(model, "memberForm", new MemberForm());
        }
        return roundPage(id, staff, model);
    }

    @PostMapping("/programme/models/rounds/{id}/members")
    String addMember(
            @PathVariable long id,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        registry.round(id, staff);
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> registry.addCouncilMember(id, command, staff),
                redirect,
                "model.notice.member-added",
                member -> "/programme/models/rounds/" + id,
                () -> roundPage(id, staff, model));
    }

    @PostMapping("/programme/models/rounds/{id}/close")
    String closeRound(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        return Forms.runAction(
                redirect,
                "model.notice.round-closed",
                "/programme/models/rounds/" + id,
                () -> registry.closeRound(id, staff));
    }

    @GetMapping("/programme/models/new")
    String newModel(@RequestParam(required = false) @Nullable Long round, StaffMember staff, Model model) {
        RegisterForm form = new RegisterForm();
        List<ModelRound> open = registry.openRounds(staff, today());
        form.roundId = round != null
                ? round
                : open.stream().findFirst().map(ModelRound::id).orElse(null);
        form.bodyId = staff.bodyId();
        Forms.add(model, "registerForm", form);
        return registerPage(staff, model, null);
    }

    @PostMapping("/programme/models")
    String register(
            @ModelAttribute("registerForm") RegisterForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> registry.register(command, today(), staff),
                redirect,
                "model.notice.registered",
                registered -> "/programme/models/" + registered.id(),
                () -> registerPage(staff, model, form.roundId));
    }

    @GetMapping("/programme/models/{id}")
    String item(@PathVariable long id, StaffMember staff, Model model) {
        return itemPage(id, staff, model);
    }

    @PostMapping("/programme/models/{id}/start")
    String start(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        return act(id, redirect, "model.notice.started", () -> registry.start(id, staff));
    }

    @PostMapping("/programme/models/{id}/evaluation")
    String evaluate(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        return act(id, redirect, "model.notice.evaluated", () -> registry.evaluate(id, today(), staff));
    }

    @PostMapping("/programme/models/{id}/results")
    String results(
            @PathVariable long id,
            @ModelAttribute("resultsForm") ResultsForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> registry.reportResults(id, command, staff),
                redirect,
                "model.notice.results",
                done -> "/programme/models/" + id,
                () -> itemPage(id, staff, model));
    }

    /** One member's sheet: a field {@code score-<criterion id>} per criterion. */
    @PostMapping("/programme/models/{id}/scores")
    String score(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long memberId,
            @RequestParam Map<String, String> fields,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, redirect, "model.notice.scored", () -> {
            if (memberId == null) {
                throw DomainException.invalid("model.member-unknown");
            }
            Map<Long, BigDecimal> scores = new HashMap<>();
            for (var field : fields.entrySet()) {
                if (field.getKey().startsWith("score-")) {
                    try {
                        long criterion = Long.parseLong(field.getKey().substring("score-".length()));
                        String value = field.getValue().strip().replace(',', '.');
                        if (!value.isEmpty()) {
                            scores.put(criterion, new BigDecimal(value));
                        }
                    } catch (NumberFormatException | ArithmeticException e) {
                        throw DomainException.invalid("model.score-not-a-number");
                    }
                }
            }
            registry.score(id, new ModelCommands.ScoreSheet(memberId, scores), staff);
        });
    }

    @PostMapping("/programme/models/{id}/recognition")
    String recognise(
            @PathVariable long id,
            @ModelAttribute("recogniseForm") RecogniseForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> registry.recognise(id, command, today(), staff),
                redirect,
                "model.notice.recognised",
                done -> "/programme/models/" + id,
                () -> itemPage(id, staff, model));
    }

    @PostMapping("/programme/models/{id}/commendations")
    String commend(
            @PathVariable long id,
            @ModelAttribute("commendForm") CommendForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> registry.commend(id, command, today(), staff),
                redirect,
                "model.notice.commended",
                done -> "/programme/models/" + id,
                () -> itemPage(id, staff, model));
    }

    @PostMapping("/programme/models/{id}/replicas")
    String replicate(
            @PathVariable long id,
            @ModelAttribute("replicateForm") ReplicateForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> registry.replicate(id, command, today(), staff),
                redirect,
                "model.notice.replicated",
                replica -> "/programme/models/" + replica.id(),
                () -> itemPage(id, staff, model));
    }

    @PostMapping("/programme/models/{id}/photos")
    String addPhoto(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String caption,
            StaffMember staff,
            RedirectAttributes redirect) {
        return Forms.runAction(redirect, "model.notice.photo-added", "/programme/models/" + id + "#photos", () -> {
            try (InputStream content = file.getInputStream()) {
                registry.addPhoto(id, blank(caption), file.getOriginalFilename(), content, staff);
            } catch (IOException unreadable) {
                throw DomainException.invalid("model.photo-empty");
            }
        });
    }

    @GetMapping("/programme/models/{id}/photos/{photoId}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long photoId, StaffMember staff) {
        return image(registry.photos(id), photoId, registry.photoPath(id, photoId, staff));
    }

    @GetMapping("/programme/models/figures")
    String figures(@RequestParam(required = false) @Nullable Integer year, StaffMember staff, Model model) {
        int shown = year == null ? today().getYear() : vn.danvan.shared.LawfulDates.checkYear(year);
        List<ModelLevelCount> lines = registry.counts(staff, shown);
        model.addAttribute("year", shown);
        model.addAttribute("lines", lines);
        model.addAttribute("total", ModelRegistry.total(lines));
        return "programme/models-figures";
    }

    /** A photo shown in the page (inline), with its checked image type. */
    static ResponseEntity<Resource> image(List<ModelPhoto> photos, long photoId, Path path) {
        ModelPhoto photo = photos.stream()
                .filter(p -> p.id() == photoId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("model.photo-unknown"));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(photo.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .body(new FileSystemResource(path));
    }

    private static String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        return Forms.runAction(redirect, notice, "/programme/models/" + id, action);
    }

    private String listPage(
            @Nullable Long round,
            @Nullable Integer year,
            @Nullable ModelStatus status,
            StaffMember staff,
            Model model) {
        model.addAttribute("rounds", registry.rounds(staff));
        model.addAttribute("models", registry.list(staff, round, year, status));
        model.addAttribute("round", round);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("mayOrganise", ModelPolicy.mayOrganise(staff));
        model.addAttribute("bodies", registry.bodiesInScope(staff));
        model.addAttribute("bodyNames", organization.bodyNames());
        return "programme/models";
    }

    private String roundPage(long id, StaffMember staff, Model model) {
        ModelRound round = registry.round(id, staff);
        model.addAttribute("round", round);
        model.addAttribute("criteria", registry.criteria(id));
        model.addAttribute("council", registry.council(id));
        model.addAttribute("models", registry.list(staff, id, null, null));
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("mayOrganise", staff.inScope(round.bodyId()) && ModelPolicy.mayOrganise(staff));
        return "programme/models-round";
    }

    /** The form; after a refusal, with the round asked for even if it no longer takes registrations. */
    private String registerPage(StaffMember staff, Model model, @Nullable Long askedRound) {
        List<ModelRound> rounds = new java.util.ArrayList<>(registry.openRounds(staff, today()));
        if (askedRound != null && rounds.stream().noneMatch(r -> r.id() == askedRound)) {
            try {
                rounds.add(registry.round(askedRound, staff));
            } catch (DomainException unknown) {
                // an unknown or foreign round is not offered; the refusal says why
            }
        }
        model.addAttribute("openRounds", rounds);
        model.addAttribute("bodies", registry.bodiesInScope(staff));
        return "programme/models-form";
    }

    private String itemPage(long id, StaffMember staff, Model model) {
        var item = registry.model(id, staff);
        ModelRound round = registry.round(item.roundId(), staff);
        List<ModelCriterion> criteria = registry.criteria(round.id());
        List<CouncilMember> council = registry.council(round.id());
        List<ModelScoring.Score> scores = registry.scores(id);
        Map<String, BigDecimal> sheet = scores.stream()
                .collect(Collectors.toMap(s -> s.memberId() + "-" + s.criterionId(), ModelScoring.Score::score));
        model.addAttribute("item", item);
        model.addAttribute("round", round);
        model.addAttribute("criteria", criteria);
        model.addAttribute("council", council);
        model.addAttribute("sheet", sheet);
        model.addAttribute("commendations", registry.commendations(id));
        model.addAttribute("photos", registry.photos(id));
        model.addAttribute("replicas", registry.replicas(id));
        model.addAttribute(
                "origin",
                item.originId() == null ? null : registry.find(item.originId()).orElse(null));
        model.addAttribute("timeline", registry.timeline(id));
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("organiser", staff.inScope(round.bodyId()) && ModelPolicy.mayOrganise(staff));
        model.addAttribute(
                "moves",
                java.util.Arrays.stream(Move.values())
                        .filter(item::may)
                        .map(Enum::name)
                        .collect(Collectors.toSet()));
        model.addAttribute("openRounds", registry.openRounds(staff, today()));
        model.addAttribute(
                "bodies",
                registry.bodiesInScope(staff).stream()
                        .filter(b -> b.id() != item.bodyId())
                        .toList());
        if (!model.containsAttribute("resultsForm")) {
            ResultsForm form = new ResultsForm();
            form.results = item.results();
            Forms.add(model, "resultsForm", form);
        }
        if (!model.containsAttribute("recogniseForm")) {
            RecogniseForm form = new RecogniseForm();
            form.decidedOn = today();
            Forms.add(model, "recogniseForm", form);
        }
        if (!model.containsAttribute("commendForm")) {
            CommendForm form = new CommendForm();
            form.decidedOn = today();
            Forms.add(model, "commendForm", form);
        }
        if (!model.containsAttribute("replicateForm")) {
            ReplicateForm form = new ReplicateForm();
            form.name = item.name();
            Forms.add(model, "replicateForm", form);
        }
        return "programme/models-item";
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static Map<Long, String> names(List<Body> bodies) {
        return bodies.stream().collect(Collectors.toMap(Body::id, Body::name));
    }
}
