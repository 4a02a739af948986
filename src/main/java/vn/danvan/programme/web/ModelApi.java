package vn.danvan.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.ModelCommands;
import vn.danvan.programme.ModelRegistry;
import vn.danvan.programme.ModelStatus;
import vn.danvan.programme.domain.Commendation;
import vn.danvan.programme.domain.CouncilMember;
import vn.danvan.programme.domain.Model;
import vn.danvan.programme.domain.ModelCriterion;
import vn.danvan.programme.domain.ModelEvent;
import vn.danvan.programme.domain.ModelLevelCount;
import vn.danvan.programme.domain.ModelRound;
import vn.danvan.programme.domain.ModelScoring;
import vn.danvan.shared.LawfulYear;

/** "Dân vận khéo" rounds, councils and models over REST, with the rules of the staff pages. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Models",
        description = "Mô hình, điển hình \"Dân vận khéo\": đăng ký, đánh giá, công nhận, khen thưởng, nhân rộng")
class ModelApi {

    record ModelView(
            Model model,
            List<ModelScoring.Score> scores,
            List<Commendation> commendations,
            List<Long> replicas,
            List<ModelEvent> timeline) {}

    record RoundView(ModelRound round, List<ModelCriterion> criteria, List<CouncilMember> council) {}

    private final ModelRegistry registry;
    private final Clock clock;

    ModelApi(ModelRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Operation(summary = "The registration rounds the caller runs or registers in, newest year first")
    @GetMapping("/api/v1/models/rounds")
    List<ModelRound> rounds(StaffMember staff) {
        return registry.rounds(staff);
    }

    @Operation(summary = "Open an annual registration round at a level; criteria and threshold default to the settings")
    @PostMapping(path = "/api/v1/models/rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoundView> openRound(@Valid @RequestBody ModelCommands.OpenRound command, StaffMember staff) {
        ModelRound round = registry.openRound(command, staff);
        return ResponseEntity.created(URI.create("/api/v1/models/rounds/" + round.id()))
                .body(roundView(round.id(), staff));
    }

    @Operation(summary = "A round with its criteria and council")
    @GetMapping("/api/v1/models/rounds/{id}")
    RoundView round(@PathVariable long id, StaffMember staff) {
        return roundView(id, staff);
    }

    @Operation(summary = "Add a member to the round's evaluation council")
    @PostMapping(path = "/api/v1/models/rounds/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoundView> addMember(
            @PathVariable long id, @Valid @RequestBody ModelCommands.AddCouncilMember command, StaffMember staff) {
        registry.addCouncilMember(id, command, staff);
        return ResponseEntity.ok(roundView(id, staff));
    }

    @Operation(summary = "Close the round: no more registrations")
    @PostMapping("/api/v1/models/rounds/{id}/closing")
    RoundView close(@PathVariable long id, StaffMember staff) {
        registry.closeRound(id, staff);
        return roundView(id, staff);
    }

    @Operation(summary = "Models of the bodies in scope, optionally of a round, a year, a status; newest first")
    @GetMapping("/api/v1/models")
    List<Model> models(
            @Parameter(description = "Only this round") @RequestParam(required = false) @Nullable Long round,
            @Parameter(description = "Only this year") @RequestParam(required = false) @Nullable @LawfulYear
                    Integer year,
            @Parameter(description = "Only this status") @RequestParam(required = false) @Nullable ModelStatus status,
            StaffMember staff) {
        return registry.list(staff, round, year, status);
    }

    @Operation(summary = "Register a model or exemplar in an open round")
    @PostMapping(path = "/api/v1/models", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ModelView> register(@Valid @RequestBody ModelCommands.RegisterModel command, StaffMember staff) {
        Model model = registry.register(command, today(), staff);
        return ResponseEntity.created(URI.create("/api/v1/models/" + model.id()))
                .body(view(model.id(), staff));
    }

    @Operation(summary = "A model with its scores, commendations, copies and timeline")
    @GetMapping("/api/v1/models/{id}")
    ModelView model(@PathVariable long id, StaffMember staff) {
        return view(id, staff);
    }

    @Operation(summary = "Count per level and year: registered, recognised, share recognised")
    @GetMapping("/api/v1/models/figures")
    List<ModelLevelCount> figures(
            @Parameter(description = "The year; this year when absent")
                    @RequestParam(required = false)
                    @Nullable
                    @LawfulYear
                    Integer year,
            StaffMember staff) {
        return registry.counts(staff, year == null ? today().getYear() : year);
    }

    @Operation(summary = "The model is being carried out (đang thực hiện)")
    @PostMapping("/api/v1/models/{id}/start")
    ModelView start(@PathVariable long id, StaffMember staff) {
        registry.start(id, staff);
        return view(id, staff);
    }

    @Operation(summary = "What the model achieved so far")
    @PostMapping(path = "/api/v1/models/{id}/results", consumes = MediaType.APPLICATION_JSON_VALUE)
    ModelView results(@PathVariable long id, @Valid @RequestBody ModelCommands.Results command, StaffMember staff) {
        registry.reportResults(id, command, staff);
        return view(id, staff);
    }

    @Operation(summary = "One council member's scores, by criterion id; scoring again replaces the sheet")
    @PostMapping(path = "/api/v1/models/{id}/scores", consumes = MediaType.APPLICATION_JSON_VALUE)
    ModelView score(@PathVariable long id, @Valid @RequestBody ModelCommands.ScoreSheet sheet, StaffMember staff) {
        registry.score(id, sheet, staff);
        return view(id, staff);
    }

    @Operation(summary = "Compute the council's result against the round's threshold")
    @PostMapping("/api/v1/models/{id}/evaluation")
    ModelView evaluate(@PathVariable long id, StaffMember staff) {
        registry.evaluate(id, today(), staff);
        return view(id, staff);
    }

    @Operation(summary = "Record the decision recognising the model")
    @PostMapping(path = "/api/v1/models/{id}/recognition", consumes = MediaType.APPLICATION_JSON_VALUE)
    ModelView recognise(@PathVariable long id, @Valid @RequestBody ModelCommands.Recognise command, StaffMember staff) {
        registry.recognise(id, command, today(), staff);
        return view(id, staff);
    }

    @Operation(summary = "Record a commendation: form, issuer, decision number and date")
    @PostMapping(path = "/api/v1/models/{id}/commendations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ModelView commend(@PathVariable long id, @Valid @RequestBody ModelCommands.Commend command, StaffMember staff) {
        registry.commend(id, command, today(), staff);
        return view(id, staff);
    }

    @Operation(summary = "Register a copy of the recognised model elsewhere, linked to it")
    @PostMapping(path = "/api/v1/models/{id}/replicas", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ModelView> replicate(
            @PathVariable long id, @Valid @RequestBody ModelCommands.Replicate command, StaffMember staff) {
        Model replica = registry.replicate(id, command, today(), staff);
        return ResponseEntity.created(URI.create("/api/v1/models/" + replica.id()))
                .body(view(replica.id(), staff));
    }

    private ModelView view(long id, StaffMember staff) {
        Model model = registry.model(id, staff);
        return new ModelView(
                model,
                registry.scores(id),
                registry.commendations(id),
                registry.replicas(id).stream().map(Model::id).toList(),
                registry.timeline(id));
    }

    private RoundView roundView(long id, StaffMember staff) {
        return new RoundView(registry.round(id, staff), registry.criteria(id), registry.council(id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
