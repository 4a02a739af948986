package vn.danvan.programme;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.programme.ModelCommands.AddCouncilMember;
import vn.danvan.programme.ModelCommands.Commend;
import vn.danvan.programme.ModelCommands.OpenRound;
import vn.danvan.programme.ModelCommands.Recognise;
import vn.danvan.programme.ModelCommands.RegisterModel;
import vn.danvan.programme.ModelCommands.Replicate;
import vn.danvan.programme.ModelCommands.ScoreSheet;
import vn.danvan.programme.domain.Commendation;
import vn.danvan.programme.domain.CouncilMember;
import vn.danvan.programme.domain.Model;
import vn.danvan.programme.domain.Model.Move;
import vn.danvan.programme.domain.ModelCriterion;
import vn.danvan.programme.domain.ModelEvent;
import vn.danvan.programme.domain.ModelLevelCount;
import vn.danvan.programme.domain.ModelPhoto;
import vn.danvan.programme.domain.ModelPolicy;
import vn.danvan.programme.domain.ModelRound;
import vn.danvan.programme.domain.ModelScoring;
import vn.danvan.programme.domain.ModelSettings;
import vn.danvan.programme.persistence.Models;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.FileStore;
import vn.danvan.shared.InputText;
import vn.danvan.shared.LawfulDates;

/**
 * The "Dân vận khéo" movement (docs/law/rules.md B4): annual registration rounds per level, their councils with criteria and
 * weights, models and exemplars through their lifecycle — registered, in progress, scored by each council member,
 * evaluated against the round's threshold, recognised, commended, replicated elsewhere — with photos. Every change
 * is written to the model's timeline and audited in the same transaction.
 */
@Service
@Transactional
public class ModelRegistry {

    static final String PHOTOS_AREA = "model-photos";

    private final Models models;
    private final ModelPolicy policy;
    private final ModelSettings settings;
    private final OrganizationDirectory organization;
    private final FileStore files;
    private final AuditTrail audit;

    ModelRegistry(
            Models models,
            ModelPolicy policy,
            ModelSettings settings,
            OrganizationDirectory organization,
            FileStore files,
            AuditTrail audit) {
        this.models = models;
        this.policy = policy;
        this.settings = settings;
        this.organization = organization;
        this.files = files;
        this.audit = audit;
    }

    // ---- rounds and councils ------------------------------------------------------------------------

    public ModelRound openRound(OpenRound command, StaffMember staff) {
        Body body = body(command.bodyId());
        policy.requireOrganiser(staff, body.id(), "model-round");
        ModelRound.checkDates(command.year(), command.opensOn(), command.closesOn());
        BigDecimal threshold = command.threshold() == null ? settings.recognitionThreshold() : command.threshold();
        long id = models.addRound(command, threshold, staff.username());
        if (id < 0) {
            throw DomainException.conflict(
                    "model.round-exists",
                    command.year(),
                    new DefaultMessageSourceResolvable(
                            "model.level." + command.level().name()));
        }
        List<ModelCommands.Criterion> criteria =
                command.criteria() == null || command.criteria().isEmpty()
                        ? settings.defaultCriteria().stream()
                                .map(c -> new ModelCommands.Criterion(c.name(), c.weight(), c.maxScore()))
                                .toList()
                        : command.criteria();
        int position = 1;
        for (ModelCommands.Criterion criterion : criteria) {
            models.addCriterion(id, position++, criterion.name(), criterion.weight(), criterion.maxScore());
        }
        audit.record(
                "model-round.opened",
                "model-round",
                id,
                Map.of(
                        "body", body.id(),
                        "year", command.year(),
                        "level", command.level().name(),
                        "threshold", threshold.toPlainString(),
                        "criteria", criteria.size()));
        return models.round(id).orElseThrow();
    }

    public ModelRound closeRound(long roundId, StaffMember staff) {
        ModelRound round = lockedRound(roundId);
        policy.requireOrganiser(staff, round.bodyId(), "model-round");
        if (round.closedAt() != null) {
            throw DomainException.conflict("model.round-closed", round.title());
        }
        models.closeRound(roundId);
        audit.record("model-round.closed", "model-round", roundId, Map.of("year", round.year()));
        return models.round(roundId).orElseThrow();
    }

    public CouncilMember addCouncilMember(long roundId, AddCouncilMember command, StaffMember staff) {
        ModelRound round = lockedRound(roundId);
        policy.requireOrganiser(staff, round.bodyId(), "model-round");
        if (!models.of(Set.of(), true, roundId, null, null).stream()
                .filter(m -> m.status() != ModelStatus.REGISTERED && m.status() != ModelStatus.IN_PROGRESS)
                .toList()
                .isEmpty()) {
            // the result of an evaluated model is a mean over the council: a member added later would change it
            throw DomainException.conflict("model.council-fixed");
        }
        long id = models.addMember(roundId, command.fullName(), command.position(), staff.username());
        audit.record("model-round.member-added", "model-round", roundId, Map.of("member", id));
        return models.members(roundId).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow();
    }

    // ---- the lifecycle ------------------------------------------------------------------------------

    public Model register(RegisterModel command, LocalDate today, StaffMember staff) {
        ModelRound round = lockedRound(command.roundId());
        round.requireOpen(today);
        Body body = body(command.bodyId());
        policy.requireWork(staff, body.id(), "model");
        requireUnderRound(round, body);
        long id = models.add(round, command, body.provinceCode(), body.communeCode(), null, today, staff.username());
        models.recordEvent(id, "REGISTERED", staff.username(), round.title());
        audit.record(
                "model.registered",
                "model",
                id,
                Map.of(
                        "round",
                        round.id(),
                        "body",
                        body.id(),
                        "field",
                        command.field().name()));
        return models.find(id).orElseThrow();
    }

    public Model start(long id, StaffMember staff) {
        Model model = lockedForWork(id, staff);
        model.require(Move.START);
        return moved(model, Move.START, staff, null);
    }

    public Model reportResults(long id, ModelCommands.Results command, StaffMember staff) {
        Model model = lockedForWork(id, staff);
        model.require(Move.REPORT_RESULTS);
        models.results(id, command.results());
        models.recordEvent(id, "RESULTS_REPORTED", staff.username(), null);
        audit.record(
                "model.results-reported",
                "model",
                id,
                Map.of("length", command.results().length()));
        return models.find(id).orElseThrow();
    }

    /** One council member's scores; a member who scores again replaces their sheet. */
    public Model score(long id, ScoreSheet sheet, StaffMember staff) {
        Model model = lockedForCouncil(id, staff);
        model.require(Move.SCORE);
        CouncilMember member = models.members(model.roundId()).stream()
                .filter(m -> m.id() == sheet.memberId())
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("model.member-unknown"));
        List<ModelCriterion> criteria = models.criteria(model.roundId());
        ModelScoring.checkSheet(criteria, sheet.scores());
        for (ModelCriterion criterion : criteria) {
            models.score(
                    id,
                    member.id(),
                    criterion.id(),
                    java.util.Objects.requireNonNull(sheet.scores().get(criterion.id())),
                    staff.username());
        }
        models.recordEvent(id, "SCORED", staff.username(), member.fullName());
        Map<String, Object> details = new HashMap<>();
        details.put("member", member.id());
        details.put("criteria", criteria.size());
        audit.record("model.scored", "model", id, details);
        return models.find(id).orElseThrow();
    }

    /** The council's result: recognisable at or above the round's threshold, else not recognised. */
    public Model evaluate(long id, LocalDate today, StaffMember staff) {
        Model model = lockedForCouncil(id, staff);
        model.require(Move.EVALUATE);
        ModelRound round = models.round(model.roundId()).orElseThrow();
        ModelScoring.Result result = ModelScoring.result(
                models.criteria(round.id()), models.members(round.id()), models.scores(id), round.threshold());
        ModelStatus after = model.after(Move.EVALUATE, result.passed());
        models.evaluated(id, after, result.score(), today);
        models.recordEvent(
                id,
                "EVALUATED",
                staff.username(),
                result.score().toPlainString() + " / " + round.threshold().toPlainString());
        audit.record(
                "model.evaluated",
                "model",
                id,
                Map.of(
                        "score",
                        result.score().toPlainString(),
                        "threshold",
                        round.threshold().toPlainString(),
                        "status",
                        after.name()));
        return models.find(id).orElseThrow();
    }

    public Model recognise(long id, Recognise command, LocalDate today, StaffMember staff) {
        Model model = lockedForCouncil(id, staff);
        model.require(Move.RECOGNISE);
        checkDecisionDay(command.decidedOn(), model.evaluatedOn(), today);
        models.recognised(id, command.decisionNumber(), command.decidedOn());
        models.recordEvent(id, "RECOGNISED", staff.username(), command.decisionNumber());
        audit.record(
                "model.recognised",
                "model",
                id,
                Map.of(
                        "decision",
                        command.decisionNumber(),
                        "on",
                        command.decidedOn().toString()));
        return models.find(id).orElseThrow();
    }

    public Model commend(long id, Commend command, LocalDate today, StaffMember staff) {
        Model model = lockedForCouncil(id, staff);
        model.require(Move.COMMEND);
        checkDecisionDay(command.decidedOn(), model.recognisedOn(), today);
        long commendation = models.commend(id, command, staff.username());
        models.status(id, model.after(Move.COMMEND, true));
        models.recordEvent(id, "COMMENDED", staff.username(), command.decisionNumber() + " · " + command.issuer());
        audit.record(
                "model.commended",
                "model",
                id,
                Map.of(
                        "commendation",
                        commendation,
                        "form",
                        command.form().name(),
                        "decision",
                        command.decisionNumber()));
        return models.find(id).orElseThrow();
    }

    /** A copy elsewhere: a new model registered in an open round by another body, linked to this one. */
    public Model replicate(long id, Replicate command, LocalDate today, StaffMember staff) {
        Model origin = models.lock(id).orElseThrow(() -> DomainException.notFound("model.unknown"));
        ModelPolicy.requireVisible(staff, origin.bodyId());
        origin.require(Move.REPLICATE);
        if (command.bodyId() == origin.bodyId()) {
            throw DomainException.invalid("model.replica-same-body");
        }
        ModelRound round = lockedRound(command.roundId());
        round.requireOpen(today);
        Body body = body(command.bodyId());
        policy.requireWork(staff, body.id(), "model");
        requireUnderRound(round, body);
        RegisterModel registration = new RegisterModel(
                round.id(),
                body.id(),
                origin.kind(),
                origin.field(),
                command.name(),
                command.ownerName(),
                command.address(),
                command.goals() == null ? origin.goals() : command.goals(),
                origin.indicators());
        long replica = models.add(
                round, registration, body.provinceCode(), body.communeCode(), origin.id(), today, staff.username());
        models.recordEvent(replica, "REGISTERED", staff.username(), round.title());
        models.recordEvent(replica, "REPLICA_OF", staff.username(), origin.name());
        models.status(id, origin.after(Move.REPLICATE, true));
        models.recordEvent(id, "REPLICATED", staff.username(), command.name());
        audit.record(
                "model.registered",
                "model",
                replica,
                Map.of("round", round.id(), "body", body.id(), "origin", origin.id()));
        audit.record("model.replicated", "model", id, Map.of("replica", replica, "body", body.id()));
        return models.find(replica).orElseThrow();
    }

    /** A photo of the model: JPEG or PNG only, at most {@code danvan.programme.models.max-photo-bytes}. */
    public ModelPhoto addPhoto(
            long id, @Nullable String caption, @Nullable String fileName, InputStream content, StaffMember staff) {
        Model model = lockedForWork(id, staff);
        model.require(Move.ADD_PHOTO);
        String text = caption(caption);
        FileStore.Stored stored = storeImage(files, PHOTOS_AREA, fileName, content, settings.maxPhotoBytes());
        ModelPhoto photo = models.addPhoto(id, text, stored, staff.username());
        models.recordEvent(id, "PHOTO_ADDED", staff.username(), stored.fileName());
        audit.record("model.photo-added", "model", id, Map.of("photo", photo.id(), "size", stored.size()));
        return photo;
    }

    /** A photo's caption from a multipart form (which the request screening leaves to the handler). */
    static @Nullable String caption(@Nullable String caption) {
        if (caption == null || caption.isBlank()) {
            return null;
        }
        String fault = InputText.fault(caption, InputText.LINE);
        if (fault != null) {
            throw DomainException.invalid(fault, InputText.LINE);
        }
        return InputText.accept(caption.strip(), InputText.LINE);
    }

    /** Stores an upload, refused unless it is a JPEG or PNG image (checked from its first bytes). */
    static FileStore.Stored storeImage(
            FileStore files, String area, @Nullable String fileName, InputStream content, long maxBytes) {
        FileStore.Stored stored = files.store(area, fileName, content, maxBytes, "model.photo");
        if (!stored.contentType().startsWith("image/")) {
            // the stored file is deleted when the transaction rolls back (FileStore)
            throw DomainException.invalid("model.photo-type-not-allowed", stored.fileName());
        }
        return stored;
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Model model(long id, StaffMember staff) {
        Model model = known(id);
        ModelRound round = models.round(model.roundId()).orElseThrow();
        if (!staff.inScope(model.bodyId()) && !staff.inScope(round.bodyId())) {
            throw DomainException.forbidden("model.out-of-scope");
        }
        return model;
    }

    /** A recognised model, for the public. */
    @Transactional(readOnly = true)
    public Model recognised(long id) {
        return models.find(id).filter(Model::publicPage).orElseThrow(() -> DomainException.notFound("model.unknown"));
    }

    @Transactional(readOnly = true)
    public List<Model> recognisedModels(
            @Nullable String provinceCode, @Nullable String communeCode, @Nullable ModelField field, int limit) {
        return models.recognised(provinceCode, communeCode, field, limit);
    }

    @Transactional(readOnly = true)
    public List<Model> list(
            StaffMember staff, @Nullable Long roundId, @Nullable Integer year, @Nullable ModelStatus status) {
        List<Model> found = models.of(staff.scope(), staff.allBodies(), roundId, year, status);
        if (roundId == null) {
            return found;
        }
        // the round's organisers see every model of their round, whoever registered it
        ModelRound round = models.round(roundId).orElseThrow(() -> DomainException.notFound("model.round-unknown"));
        return staff.inScope(round.bodyId()) ? models.of(Set.of(), true, roundId, year, status) : found;
    }

    @Transactional(readOnly = true)
    public ModelRound round(long id, StaffMember staff) {
        ModelRound round = models.round(id).orElseThrow(() -> DomainException.notFound("model.round-unknown"));
        List<Long> under = List.copyOf(organization.bodyWithSubordinates(round.bodyId()));
        if (!staff.inScope(round.bodyId()) && under.stream().noneMatch(staff::inScope)) {
            throw DomainException.forbidden("model.out-of-scope");
        }
        return round;
    }

    /** Rounds the staff member runs or registers in (their bodies' and their superiors'). */
    @Transactional(readOnly = true)
    public List<ModelRound> rounds(StaffMember staff) {
        if (staff.allBodies()) {
            return models.rounds(Set.of(), true);
        }
        Set<Long> bodies = new java.util.HashSet<>(staff.scope());
        Long superior = organization.body(staff.bodyId()).map(Body::superiorId).orElse(null);
        while (superior != null && bodies.add(superior)) {
            superior = organization.body(superior).map(Body::superiorId).orElse(null);
        }
        return models.rounds(bodies, false);
    }

    @Transactional(readOnly = true)
    public List<ModelRound> openRounds(StaffMember staff, LocalDate today) {
        return rounds(staff).stream().filter(r -> r.openOn(today)).toList();
    }

    @Transactional(readOnly = true)
    public List<ModelCriterion> criteria(long roundId) {
        return models.criteria(roundId);
    }

    @Transactional(readOnly = true)
    public List<CouncilMember> council(long roundId) {
        return models.members(roundId);
    }

    @Transactional(readOnly = true)
    public List<ModelScoring.Score> scores(long id) {
        return models.scores(id);
    }

    @Transactional(readOnly = true)
    public List<Commendation> commendations(long id) {
        return models.commendations(id);
    }

    @Transactional(readOnly = true)
    public List<ModelPhoto> photos(long id) {
        return models.photos(id);
    }

    @Transactional(readOnly = true)
    public List<Model> replicas(long id) {
        return models.replicas(id);
    }

    @Transactional(readOnly = true)
    public List<ModelEvent> timeline(long id) {
        return models.timeline(id);
    }

    /** Per level, registered, recognised and the share recognised in a year, over the staff member's scope. */
    @Transactional(readOnly = true)
    public List<ModelLevelCount> counts(StaffMember staff, int year) {
        List<ModelLevelCount> found = models.counts(staff.scope(), staff.allBodies(), year);
        List<ModelLevelCount> lines = new ArrayList<>();
        for (UnitLevel level : List.of(UnitLevel.COMMUNE, UnitLevel.PROVINCE, UnitLevel.CENTRAL)) {
            lines.add(found.stream()
                    .filter(c -> c.level() == level)
                    .findFirst()
                    .orElse(new ModelLevelCount(level, 0, 0, 0, 0)));
        }
        return lines;
    }

    public static ModelLevelCount total(List<ModelLevelCount> lines) {
        return new ModelLevelCount(
                UnitLevel.CENTRAL,
                lines.stream().mapToLong(ModelLevelCount::registered).sum(),
                lines.stream().mapToLong(ModelLevelCount::recognised).sum(),
                lines.stream().mapToLong(ModelLevelCount::commended).sum(),
                lines.stream().mapToLong(ModelLevelCount::replicas).sum());
    }

    /** Bodies the staff member may register models or write stories for. */
    @Transactional(readOnly = true)
    public List<Body> bodiesInScope(StaffMember staff) {
        return organization.bodies().stream().filter(b -> staff.inScope(b.id())).toList();
    }

    @Transactional(readOnly = true)
    public Path photoPath(long id, long photoId, StaffMember staff) {
        model(id, staff);
        return photoFile(id, photoId);
    }

    @Transactional(readOnly = true)
    public Path publicPhotoPath(long id, long photoId) {
        recognised(id);
        return photoFile(id, photoId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Model> find(long id) {
        return models.find(id);
    }

    private Path photoFile(long id, long photoId) {
        return models.photoKey(id, photoId)
                .map(key -> files.path(PHOTOS_AREA, key))
                .orElseThrow(() -> DomainException.notFound("model.photo-unknown"));
    }

    private Model moved(Model model, Move move, StaffMember staff, @Nullable String note) {
        ModelStatus after = model.after(move, true);
        models.status(model.id(), after);
        models.recordEvent(model.id(), after.name(), staff.username(), note);
        audit.record(
                "model." + move.name().toLowerCase(java.util.Locale.ROOT),
                "model",
                model.id(),
                Map.of("from", model.status().name(), "to", after.name()));
        return models.find(model.id()).orElseThrow();
    }

    private static void checkDecisionDay(LocalDate decidedOn, @Nullable LocalDate notBefore, LocalDate today) {
        LawfulDates.check(decidedOn);
        if (decidedOn.isAfter(today)) {
            throw DomainException.invalid("model.decision-in-future");
        }
        if (notBefore != null && decidedOn.isBefore(notBefore)) {
            throw DomainException.invalid(
                    "model.decision-before",
                    notBefore.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }

    /** The registering body is the round's body or one under it. */
    private void requireUnderRound(ModelRound round, Body body) {
        if (!organization.bodyWithSubordinates(round.bodyId()).contains(body.id())) {
            throw DomainException.invalid("model.body-outside-round", body.name());
        }
    }

    private Model known(long id) {
        return models.find(id).orElseThrow(() -> DomainException.notFound("model.unknown"));
    }

    /** Owner's staff: results, photos, start. */
    private Model lockedForWork(long id, StaffMember staff) {
        Model model = models.lock(id).orElseThrow(() -> DomainException.notFound("model.unknown"));
        ModelRound round = models.round(model.roundId()).orElseThrow();
        if (staff.inScope(round.bodyId()) && ModelPolicy.mayOrganise(staff)) {
            return model;
        }
        policy.requireWork(staff, model.bodyId(), "model");
        return model;
    }

    /** The round's organisers: scores, evaluation, recognition, commendation. */
    private Model lockedForCouncil(long id, StaffMember staff) {
        Model model = models.lock(id).orElseThrow(() -> DomainException.notFound("model.unknown"));
        ModelRound round = models.round(model.roundId()).orElseThrow();
        policy.requireOrganiser(staff, round.bodyId(), "model");
        return model;
    }

    private ModelRound lockedRound(long id) {
        return models.lockRound(id).orElseThrow(() -> DomainException.notFound("model.round-unknown"));
    }

    private Body body(long id) {
        return organization.body(id).orElseThrow(() -> DomainException.invalid("model.body-unknown"));
    }
}
