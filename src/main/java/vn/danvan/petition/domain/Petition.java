package vn.danvan.petition.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.danvan.petition.Channel;
import vn.danvan.petition.ComplaintParticulars;
import vn.danvan.petition.ComplaintSubject;
import vn.danvan.petition.Complexity;
import vn.danvan.petition.ComplexityCriterion;
import vn.danvan.petition.Decision;
import vn.danvan.petition.DecisionKind;
import vn.danvan.petition.FilingGround;
import vn.danvan.petition.Instance;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.Relation;
import vn.danvan.petition.SourceKind;
import vn.danvan.petition.SuspensionGround;
import vn.danvan.petition.TerminationGround;
import vn.danvan.shared.DomainException;

/**
 * A petition (đơn) held by one body. Every change of state goes through a method here that checks the
 * state allows it and records what happened as a {@link PetitionEvent}; services persist and audit.
 */
public class Petition {

    // identity and intake (fixed once registered, apart from classification while RECEIVED)
    private @Nullable Long id;
    private String trackingCode;
    private long bodyId;
    private Channel channel;
    private @Nullable SourceKind sourceKind;
    private @Nullable String sourceName;
    private @Nullable String sourceReference;
    private boolean mustReportResult;
    private PetitionType type;
    private String fieldCode;
    private Instance instance;
    private boolean anonymous;
    private PetitionerKind petitionerKind;
    private int petitionerCount;
    private int representativeCount;
    private @Nullable String petitionerName;
    private byte @Nullable [] identityCiphertext;
    /**
     * Whether the identity is a denouncer's (Luật Tố cáo 2018 Đ.9(1)(b), Đ.47): set when it was given in a
     * denunciation, at intake or at any later classification as one, copied into every petition derived from
     * this one, and never cleared, whatever the petition later becomes.
     */
    private boolean identitySealed;

    private String title;
    private String content;
    private @Nullable String provinceCode;
    private @Nullable String communeCode;
    private boolean remoteArea;
    private boolean complex;
    private LocalDate receivedOn;
    private @Nullable Long relatedPetitionId;
    private @Nullable Relation relation;
    // online submissions: whether the answer may be published (masked), and the point the citizen gave
    private boolean publishAnswer;
    private @Nullable BigDecimal latitude;
    private @Nullable BigDecimal longitude;

    // handling
    private PetitionState state;
    private @Nullable Long handlerId;
    private LocalDate processingDue;
    private @Nullable Decision decision;
    private @Nullable LocalDate decidedOn;
    private @Nullable FilingGround filingGround;
    private @Nullable Long transferredToBodyId;
    private @Nullable String transferredToName;
    private @Nullable LocalDate resolutionDue;
    private int extensionCount;
    private @Nullable Outcome outcome;
    private @Nullable LocalDate resolvedOn;
    private @Nullable LocalDate closedOn;
    private @Nullable LocalDate overdueFlaggedOn;
    private int version;

    // the legal paths of a complaint (and the complexity a denunciation shares): see ComplaintRecord
    private Complexity complexity = Complexity.ORDINARY;
    private Set<ComplexityCriterion> complexityCriteria = EnumSet.noneOf(ComplexityCriterion.class);
    private @Nullable String complexityReason;
    private @Nullable LocalDate complexityDeclaredOn;
    private ComplaintSubject subject = ComplaintSubject.ADMINISTRATIVE;
    private boolean dismissal;
    private @Nullable LocalDate learnedOn;
    private @Nullable LocalDate firstDecisionReceivedOn;
    private List<ComplaintParticulars.Obstacle> obstacles = List.of();
    private @Nullable Integer signatureCount;
    private boolean representativesAppointedInWriting;
    private @Nullable LocalDate suspendedOn;
    private @Nullable SuspensionGround suspensionGround;
    private @Nullable LocalDate resumedOn;
    private @Nullable TerminationGround terminationGround;
    private int withdrawnCount;
    private @Nullable String withdrawnContent;
    private boolean withdrawalCoerced;
    private @Nullable DecisionKind pendingDecision;
    private @Nullable LocalDate decisionIssuedOn;
    private @Nullable LocalDate decisionSendingDue;
    private @Nullable LocalDate decisionSentOn;

    /** Set when loaded: the decision taken on the petition this one re-sends, if any. */
    private @Nullable Decision previousDecisionOnSameContent;

    private final List<PetitionEvent> pendingEvents = new ArrayList<>();

    public Petition(
            String trackingCode,
            long bodyId,
            Channel channel,
            PetitionType type,
            String fieldCode,
            Instance instance,
            PetitionerKind petitionerKind,
            String title,
            String content,
            LocalDate receivedOn,
            LocalDate processingDue) {
        this.trackingCode = trackingCode;
        this.bodyId = bodyId;
        this.channel = channel;
        this.type = type;
        this.fieldCode = fieldCode;
        this.instance = instance;
        this.petitionerKind = petitionerKind;
        this.petitionerCount = 1;
        this.title = title;
        this.content = content;
        this.receivedOn = receivedOn;
        this.processingDue = processingDue;
        this.state = PetitionState.RECEIVED;
    }

    /** Registers the intake itself as the first event of the timeline. */
    public void registered() {
        record(PetitionEvent.Kind.RECEIVED, null, PetitionState.RECEIVED, receivedOn, null, true);
    }

    // ---- petitions derived from this one ------------------------------------------------------------

    /**
     * Splits one content off this petition (đơn có nhiều nội dung): a new petition of the same author, in the same
     * body, received the same day. A part that is a denunciation makes the author a denouncer in both: this
     * petition is sealed too (the caller persists it when {@link #identitySealed} changed).
     */
    public Petition splitOff(
            String partCode,
            PetitionType partType,
            String partField,
            String partTitle,
            String partContent,
            LocalDate partProcessingDue) {
        requireAwaitingProcessing();
        Petition part = new Petition(
                partCode,
                bodyId,
                channel,
                partType,
                partField,
                Instance.FIRST,
                petitionerKind,
                partTitle,
                partContent,
                receivedOn,
                partProcessingDue);
        part.sourceKind = sourceKind;
        part.sourceName = sourceName;
        part.sourceReference = sourceReference;
        part.mustReportResult = mustReportResult;
        part.representativeCount = representativeCount;
        part.remoteArea = remoteArea;
        derive(part, Relation.SPLIT_FROM);
        if (partType == PetitionType.DENUNCIATION) {
            part.seal();
            seal();
        }
        part.registered();
        return part;
    }

    /**
     * The petition this one becomes in the competent body's queue when it is transferred to a body on the
     * platform: received there on the day of the transfer, which must report its result back.
     */
    public Petition transferredTo(
            String copyCode, long targetBodyId, String sourceBodyName, LocalDate on, LocalDate copyProcessingDue) {
        Petition copy = new Petition(
                copyCode,
                targetBodyId,
                Channel.TRANSFERRED,
                type,
                fieldCode,
                instance,
                petitionerKind,
                title,
                content,
                on,
                copyProcessingDue);
        copy.sourceKind = SourceKind.OTHER_BODY;
        copy.sourceName = sourceBodyName;
        copy.sourceReference = trackingCode;
        copy.mustReportResult = true;
        copy.representativeCount = representativeCount;
        copy.remoteArea = remoteArea;
        derive(copy, Relation.TRANSFERRED_FROM);
        copy.registered();
        return copy;
    }

    /**
     * The new petition its author opens on this finished one, online, with the reason before the first content
     * and a fresh processing deadline. Whether the author may still reopen (the window, one reopening) is the
     * portal's and the service's to check.
     */
    public Petition reopenedAs(String newCode, String reason, LocalDate on, LocalDate newProcessingDue) {
        requireFinished();
        Petition reopened = new Petition(
                newCode,
                bodyId,
                Channel.ONLINE,
                type,
                fieldCode,
                instance,
                petitionerKind,
                title,
                reason.strip() + "\n\n— " + content,
                on,
                newProcessingDue);
        derive(reopened, Relation.REOPENED_FROM);
        reopened.registered();
        return reopened;
    }

    /** What every derived petition takes from this one: the author, the place, the seal and the link back. */
    private void derive(Petition derived, Relation relationToThis) {
        derived.anonymous = anonymous;
        derived.petitionerCount = petitionerCount;
        derived.identityCiphertext = identityCiphertext;
        derived.petitionerName = petitionerName;
        derived.inheritSeal(this);
        derived.communeCode = communeCode;
        derived.provinceCode = provinceCode;
        derived.relatedPetitionId = id;
        derived.relation = relationToThis;
    }

    // ---- a later petition on the same content ------------------------------------------------------

    /** Luật Khiếu nại 2011 Đ.31, Đ.33: only a complaint has a second instance. */
    public static void requireInstanceFits(PetitionType type, Instance instance) {
        if (instance == Instance.SECOND && type != PetitionType.COMPLAINT) {
            throw DomainException.invalid("petition.second-instance-only-complaints");
        }
    }

    /**
     * Checks that a second-instance complaint received on {@code on} may follow this one (Luật Khiếu nại 2011
     * Đ.33): this is a first-instance complaint whose resolution was given, or whose deadline passed without one.
     */
    public void admitSecondInstance(PetitionType laterType, Instance laterInstance, LocalDate on) {
        if (laterType != PetitionType.COMPLAINT
                || laterInstance != Instance.SECOND
                || type != PetitionType.COMPLAINT
                || instance != Instance.FIRST) {
            throw DomainException.invalid("petition.second-instance-mismatch");
        }
        if (!firstStepFinishedOrLate(on)) {
            throw DomainException.conflict("petition.first-instance-pending");
        }
    }

    /**
     * Checks that a re-denunciation (tố cáo tiếp) received on {@code on} may follow this denunciation (Luật Tố cáo
     * 2018 Đ.37): it was resolved, or not in time.
     */
    public void admitReDenunciation(PetitionType laterType, LocalDate on) {
        if (laterType != PetitionType.DENUNCIATION || type != PetitionType.DENUNCIATION) {
            throw DomainException.invalid("petition.re-denunciation-mismatch");
        }
        if (!firstStepFinishedOrLate(on)) {
            throw DomainException.conflict("petition.first-denunciation-pending");
        }
    }

    /** Only a finished case (resolved or closed) may be reopened. */
    public void requireFinished() {
        if (!finished()) {
            throw DomainException.conflict("petition.reopen-not-finished", state);
        }
    }

    private boolean finished() {
        return state == PetitionState.RESOLVED || state == PetitionState.CLOSED;
    }

    private boolean firstStepFinishedOrLate(LocalDate on) {
        if (finished()) {
            return true;
        }
        LocalDate due = currentDue();
        return due != null && due.isBefore(on);
    }

    // ---- classification ---------------------------------------------------------------------------

    /** Classification, splitting and the processing decision are open only while the petition awaits processing. */
    public void requireAwaitingProcessing() {
        requireState(PetitionState.RECEIVED, "petition.not-awaiting-processing");
    }

    public void reclassify(
            PetitionType newType,
            String newField,
            Instance newInstance,
            boolean newAnonymous,
            LocalDate newProcessingDue) {
        requireAwaitingProcessing();
        requireInstanceFits(newType, newInstance);
        String note = type + "/" + fieldCode + " → " + newType + "/" + newField;
        this.type = newType;
        this.fieldCode = newField;
        this.instance = newInstance;
        this.anonymous = newAnonymous;
        this.processingDue = newProcessingDue;
        if (newType == PetitionType.DENUNCIATION) {
            seal();
        }
        if (newAnonymous) {
            this.petitionerName = null;
        }
        record(PetitionEvent.Kind.CLASSIFIED, state, state, receivedOn, note, false);
    }

    /** Seals the identity for good: its name leaves the clear columns and the search text. */
    void seal() {
        this.identitySealed = true;
        this.petitionerName = null;
    }

    /** Takes over the seal of the petition this one is derived from (a part, a copy, a later instance). */
    private void inheritSeal(Petition origin) {
        if (origin.identitySealed || origin.type == PetitionType.DENUNCIATION) {
            seal();
        }
    }

    /** The petitioner's name as staff without the identity permission may see it: never a sealed one. */
    public @Nullable String visibleName() {
        return identitySealed || anonymous ? null : petitionerName;
    }

    // ---- processing decision (xử lý đơn) ----------------------------------------------------------

    public void accept(LocalDate on, boolean complexCase, LocalDate due) {
        decide(Decision.ACCEPT, on);
        if (anonymous && type == PetitionType.DENUNCIATION) {
            throw DomainException.conflict("petition.anonymous-denunciation-not-accepted");
        }
        if (complexCase && !complexity.complex()) {
            throw DomainException.invalid("petition.complexity-not-declared");
        }
        this.complex = complexity.complex();
        this.resolutionDue = due;
        this.state = PetitionState.ACCEPTED;
        record(PetitionEvent.Kind.ACCEPTED, PetitionState.RECEIVED, state, on, null, true);
    }

    public void guide(LocalDate on, String guidance) {
        decide(Decision.GUIDE, on);
        if (previousDecisionOnSameContent == Decision.GUIDE) {
            throw DomainException.conflict("petition.already-guided");
        }
        this.state = PetitionState.GUIDED;
        record(PetitionEvent.Kind.GUIDED, PetitionState.RECEIVED, state, on, guidance, true);
    }

    public void transfer(LocalDate on, @Nullable Long targetBodyId, String targetName, @Nullable String note) {
        decide(Decision.TRANSFER, on);
        if (arrivedByTransfer() || previousDecisionOnSameContent == Decision.TRANSFER) {
            throw DomainException.conflict("petition.already-transferred");
        }
        if (targetBodyId != null && targetBodyId == bodyId) {
            throw DomainException.invalid("petition.transfer-to-self");
        }
        this.transferredToBodyId = targetBodyId;
        this.transferredToName = targetName;
        this.state = PetitionState.TRANSFERRED;
        record(
                PetitionEvent.Kind.TRANSFERRED,
                PetitionState.RECEIVED,
                state,
                on,
                targetName + (note == null || note.isBlank() ? "" : " — " + note),
                true);
    }

    public void file(LocalDate on, FilingGround ground, @Nullable String note) {
        decide(Decision.FILE, on);
        if (!ground.appliesTo(type)) {
            throw DomainException.invalid("petition.filing-ground-not-applicable");
        }
        this.filingGround = ground;
        this.state = PetitionState.FILED;
        record(
                PetitionEvent.Kind.FILED,
                PetitionState.RECEIVED,
                state,
                on,
                note == null || note.isBlank() ? null : note,
                false);
    }

    public void returnDocuments(LocalDate on, String reason) {
        decide(Decision.RETURN, on);
        this.state = PetitionState.RETURNED;
        record(PetitionEvent.Kind.RETURNED, PetitionState.RECEIVED, state, on, reason, true);
    }

    private void decide(Decision chosen, LocalDate on) {
        requireState(PetitionState.RECEIVED, "petition.not-awaiting-processing");
        if (on.isBefore(receivedOn)) {
            throw DomainException.invalid("petition.date-before-receipt");
        }
        this.decision = chosen;
        this.decidedOn = on;
    }

    public boolean arrivedByTransfer() {
        return channel == Channel.TRANSFERRED || relation == Relation.TRANSFERRED_FROM;
    }

    // ---- resolution -------------------------------------------------------------------------------

    public void assign(long handler, String handlerName, LocalDate on) {
        if (!state.isOpen()) {
            throw DomainException.conflict("petition.closed-for-changes");
        }
        this.handlerId = handler;
        record(PetitionEvent.Kind.ASSIGNED, state, state, on, handlerName, false);
    }

    public void recordVerification(LocalDate on, String note) {
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        record(PetitionEvent.Kind.VERIFICATION, state, state, on, note, false);
    }

    public void extend(LocalDate on, LocalDate newDue, LocalDate latestAllowed, String reason) {
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        if (type == PetitionType.COMPLAINT) {
            // A complaint's longer period comes only with the written determination of its complexity (NĐ 124 Đ.3a).
            throw DomainException.conflict("complaint.extend-by-declaring-complexity");
        }
        if (extensionCount >= DeadlineRule.maxExtensions(type, complexity)) {
            throw type == PetitionType.DENUNCIATION && extensionCount == 0 && !complexity.complex()
                    ? DomainException.conflict("denunciation.extension-needs-complexity")
                    : DomainException.conflict("petition.no-more-extensions");
        }
        if (decidedOn != null && on.isBefore(decidedOn)) {
            throw DomainException.invalid("petition.date-before-acceptance");
        }
        if (resolutionDue != null && on.isAfter(resolutionDue)) {
            // An extension is decided while the period it extends still runs (Luật Tố cáo Đ.30(1)).
            throw DomainException.conflict("petition.extension-after-deadline", resolutionDue);
        }
        if (resolutionDue == null || !newDue.isAfter(resolutionDue)) {
            throw DomainException.invalid("petition.extension-not-later");
        }
        if (newDue.isAfter(latestAllowed)) {
            throw DomainException.invalid("petition.extension-beyond-limit", latestAllowed);
        }
        LocalDate previous = resolutionDue;
        this.resolutionDue = newDue;
        this.extensionCount++;
        record(PetitionEvent.Kind.EXTENDED, state, state, on, previous + " → " + newDue + ": " + reason, true);
    }

    public void conclude(LocalDate on, Outcome result, String summary) {
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        if (decidedOn != null && on.isBefore(decidedOn)) {
            throw DomainException.invalid("petition.date-before-acceptance");
        }
        boolean answerType = type == PetitionType.RECOMMENDATION || type == PetitionType.FEEDBACK;
        if (result != Outcome.WITHDRAWN && (result == Outcome.ANSWERED) != answerType) {
            throw DomainException.invalid("petition.outcome-not-for-type");
        }
        this.outcome = result;
        this.resolvedOn = on;
        this.state = PetitionState.RESOLVED;
        record(PetitionEvent.Kind.RESOLVED, PetitionState.ACCEPTED, state, on, summary, true);
    }

    /** Records a notice; the note is the party, so the timeline can name it in the reader's language. */
    public void noticeSent(LocalDate on, NoticeParty party) {
        record(PetitionEvent.Kind.NOTICE_SENT, state, state, on, party.name(), party == NoticeParty.PETITIONER);
    }

    public void close(LocalDate on) {
        requireState(PetitionState.RESOLVED, "petition.not-resolved");
        this.closedOn = on;
        this.state = PetitionState.CLOSED;
        record(PetitionEvent.Kind.CLOSED, PetitionState.RESOLVED, state, on, null, true);
    }

    // ---- the legal paths of a complaint (complexity shared with denunciations) -----------------------

    /**
     * Records what the acceptance of a complaint turns on, while it awaits processing: subject, the day the decision
     * or act was received or learned of, obstacles, the day the first decision was received, signatures.
     */
    public void recordParticulars(ComplaintParticulars particulars, LocalDate on) {
        requireComplaint();
        requireAwaitingProcessing();
        if (particulars.dismissal() && particulars.subject() != ComplaintSubject.DISCIPLINARY) {
            throw DomainException.invalid("complaint.dismissal-only-disciplinary");
        }
        LocalDate learned = particulars.learnedOn();
        if (learned != null && learned.isAfter(receivedOn)) {
            throw DomainException.invalid("complaint.learned-after-receipt");
        }
        LocalDate firstReceived = particulars.firstDecisionReceivedOn();
        if (firstReceived != null && (instance != Instance.SECOND || firstReceived.isAfter(receivedOn))) {
            throw DomainException.invalid("complaint.first-decision-date-invalid");
        }
        for (ComplaintParticulars.Obstacle obstacle : particulars.obstacleList()) {
            if (obstacle.to().isBefore(obstacle.from()) || obstacle.to().isAfter(receivedOn)) {
                throw DomainException.invalid("complaint.obstacle-dates-invalid");
            }
        }
        Integer signatures = particulars.signatureCount();
        if (signatures != null && signatures > petitionerCount) {
            throw DomainException.invalid("complaint.signatures-exceed-complainants", petitionerCount);
        }
        this.subject = particulars.subject();
        this.dismissal = particulars.dismissal();
        this.learnedOn = learned;
        this.firstDecisionReceivedOn = firstReceived;
        this.obstacles = List.copyOf(particulars.obstacleList());
        this.signatureCount = signatures;
        this.representativesAppointedInWriting = particulars.representativesAppointedInWriting();
        record(PetitionEvent.Kind.PARTICULARS_RECORDED, state, state, on, subject.name(), false);
    }

    /** The days of objective obstacles, which do not count against a time bar (Luật Khiếu nại Đ.9). */
    public int obstacleDays() {
        return obstacles.stream()
                .mapToInt(o -> (int) java.time.temporal.ChronoUnit.DAYS.between(o.from(), o.to()) + 1)
                .sum();
    }

    /**
     * Checks, at acceptance, what makes a complaint admissible: a complaint of several people with representatives
     * bears every complainant's signature and their written appointment (NĐ 124/2020 Đ.16(1) as amended by NĐ
     * 155/2026 Đ.10), and it was lodged within its time bar ({@code timeBarEnds}, Luật KN Đ.9, Đ.48) or, at second
     * instance, its window ({@code secondWindowEnds}, Đ.33, Đ.50). Past them it is not accepted (Luật KN Đ.11(6)).
     */
    public void requireAdmissible(@Nullable LocalDate timeBarEnds, @Nullable LocalDate secondWindowEnds) {
        if (type != PetitionType.COMPLAINT) {
            return;
        }
        if (petitionerCount > 1 && representativeCount > 0) {
            if (signatureCount == null || signatureCount < petitionerCount) {
                throw DomainException.conflict("complaint.group-not-signed-by-all", petitionerCount);
            }
            if (!representativesAppointedInWriting) {
                throw DomainException.conflict("complaint.representatives-not-appointed-in-writing");
            }
        }
        if (timeBarEnds != null && receivedOn.isAfter(timeBarEnds)) {
            throw DomainException.conflict("complaint.time-barred", timeBarEnds);
        }
        if (secondWindowEnds != null && receivedOn.isAfter(secondWindowEnds)) {
            throw DomainException.conflict("complaint.second-window-passed", secondWindowEnds);
        }
    }

    /**
     * The written determination that the case is complex (NĐ 124/2020 Đ.3a; Luật Tố cáo Đ.30(1)), at acceptance or
     * while the resolution period still runs. A complaint being resolved takes the complex period at once ({@code
     * complexDue}); a denunciation may then be extended once if complex, twice if especially complex.
     */
    public void declareComplexity(
            Complexity degree,
            Set<ComplexityCriterion> criteria,
            String reason,
            LocalDate on,
            @Nullable LocalDate complexDue) {
        if (type != PetitionType.COMPLAINT && type != PetitionType.DENUNCIATION) {
            throw DomainException.invalid("petition.complexity-not-for-type");
        }
        if (!degree.complex()) {
            throw DomainException.invalid("petition.complexity-degree-required");
        }
        if (type == PetitionType.COMPLAINT && degree == Complexity.ESPECIALLY_COMPLEX) {
            throw DomainException.invalid("complaint.no-especially-complex");
        }
        if (criteria.isEmpty()) {
            throw DomainException.invalid("petition.complexity-criteria-required");
        }
        if (state == PetitionState.RECEIVED) {
            if (on.isBefore(receivedOn)) {
                throw DomainException.invalid("petition.date-before-receipt");
            }
        } else if (state == PetitionState.ACCEPTED) {
            if (decidedOn != null && on.isBefore(decidedOn)) {
                throw DomainException.invalid("petition.date-before-acceptance");
            }
            if (resolutionDue != null && on.isAfter(resolutionDue)) {
                throw DomainException.conflict("petition.complexity-after-deadline", resolutionDue);
            }
        } else {
            throw DomainException.conflict("petition.not-being-resolved", state);
        }
        if (degree.compareTo(complexity) <= 0) {
            throw DomainException.conflict("petition.complexity-already-declared");
        }
        this.complexity = degree;
        this.complexityCriteria =
                criteria.isEmpty() ? EnumSet.noneOf(ComplexityCriterion.class) : EnumSet.copyOf(criteria);
        this.complexityReason = reason;
        this.complexityDeclaredOn = on;
        this.complex = true;
        String note = degree.name() + " " + complexityCriteria + ": " + reason;
        if (state == PetitionState.ACCEPTED
                && type == PetitionType.COMPLAINT
                && complexDue != null
                && resolutionDue != null
                && complexDue.isAfter(resolutionDue)) {
            note = resolutionDue + " → " + complexDue + " — " + note;
            this.resolutionDue = complexDue;
            this.extensionCount++;
        }
        record(PetitionEvent.Kind.COMPLEXITY_DECLARED, state, state, on, note, true);
    }

    /** Tạm đình chỉ (Luật Khiếu nại Đ.11a): the period stops; the decision is due to the parties by {@code sendingDue}. */
    public void suspend(LocalDate on, SuspensionGround ground, String reason, @Nullable LocalDate sendingDue) {
        requireComplaint();
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        if (suspendedOn != null) {
            throw DomainException.conflict("complaint.already-suspended", suspendedOn);
        }
        requireNotBeforeAcceptance(on);
        this.suspendedOn = on;
        this.suspensionGround = ground;
        issueDecision(DecisionKind.SUSPENSION, on, sendingDue);
        record(PetitionEvent.Kind.SUSPENDED, state, state, on, ground.name() + ": " + reason, true);
    }

    /**
     * Quyết định tiếp tục giải quyết: the resolution period runs again from this decision, in full ({@code newDue};
     * NĐ 124/2020 Đ.28b(2) as amended by NĐ 155/2026 Đ.12).
     */
    public void resume(LocalDate on, String reason, LocalDate newDue, @Nullable LocalDate sendingDue) {
        requireComplaint();
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        LocalDate since = suspendedOn;
        if (since == null) {
            throw DomainException.conflict("complaint.not-suspended");
        }
        if (on.isBefore(since)) {
            throw DomainException.invalid("complaint.resumed-before-suspension", since);
        }
        this.suspendedOn = null;
        this.resumedOn = on;
        this.resolutionDue = newDue;
        issueDecision(DecisionKind.RESUMPTION, on, sendingDue);
        record(PetitionEvent.Kind.RESUMED, state, state, on, "→ " + newDue + ": " + reason, true);
    }

    /** Đình chỉ (Luật Khiếu nại Đ.11a): the case ends with its ground, suspended or not. */
    public void terminate(LocalDate on, TerminationGround ground, String reason, @Nullable LocalDate sendingDue) {
        requireComplaint();
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        requireNotBeforeAcceptance(on);
        if (suspendedOn != null && on.isBefore(suspendedOn)) {
            throw DomainException.invalid("complaint.resumed-before-suspension", suspendedOn);
        }
        this.terminationGround = ground;
        this.outcome = ground == TerminationGround.WITHDRAWN ? Outcome.WITHDRAWN : Outcome.TERMINATED;
        this.resolvedOn = on;
        this.suspendedOn = null;
        this.state = PetitionState.RESOLVED;
        issueDecision(DecisionKind.TERMINATION, on, sendingDue);
        record(PetitionEvent.Kind.TERMINATED, PetitionState.ACCEPTED, state, on, ground.name() + ": " + reason, true);
    }

    /**
     * Rút khiếu nại (Luật 136/2025/QH15; NĐ 124/2020 Đ.7a): some of several complainants withdraw and the resolution
     * goes on for the others; one complainant withdraws part of the content; when every complainant has withdrawn
     * the whole complaint, it is terminated. Returns whether it was.
     */
    public boolean withdraw(
            LocalDate on, int people, @Nullable String content, boolean coerced, @Nullable LocalDate sendingDue) {
        requireComplaint();
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        requireNotBeforeAcceptance(on);
        int remaining = petitionerCount - withdrawnCount;
        String part = content == null ? "" : content.strip();
        boolean partOfContent = !part.isEmpty();
        if (people > remaining) {
            throw DomainException.invalid("complaint.withdrawing-more-than-remain", remaining);
        }
        if (people == 0 && !partOfContent) {
            throw DomainException.invalid("complaint.withdrawal-empty");
        }
        this.withdrawnCount += people;
        if (partOfContent) {
            this.withdrawnContent = withdrawnContent == null ? part : withdrawnContent + "\n" + part;
        }
        this.withdrawalCoerced = withdrawalCoerced || coerced;
        record(
                PetitionEvent.Kind.WITHDRAWN,
                state,
                state,
                on,
                people + "/" + petitionerCount + (partOfContent ? " — " + part : "") + (coerced ? " [coerced]" : ""),
                true);
        if (!partOfContent && withdrawnCount == petitionerCount) {
            terminate(on, TerminationGround.WITHDRAWN, "all complainants withdrew", sendingDue);
            return true;
        }
        return false;
    }

    /** A decision the parties must receive within its period (Luật Khiếu nại Đ.32; NĐ 124/2020 Đ.28b). */
    public void issueDecision(DecisionKind kind, LocalDate on, @Nullable LocalDate sendingDue) {
        this.pendingDecision = kind;
        this.decisionIssuedOn = on;
        this.decisionSendingDue = sendingDue;
        this.decisionSentOn = null;
    }

    /** Records the day the last decision was sent; late when after its due day. The note names the decision. */
    public void decisionSent(LocalDate on) {
        DecisionKind kind = pendingDecision;
        LocalDate issued = decisionIssuedOn;
        if (kind == null || issued == null || decisionSentOn != null) {
            throw DomainException.conflict("complaint.no-decision-to-send");
        }
        if (on.isBefore(issued)) {
            throw DomainException.invalid("complaint.sent-before-issue", issued);
        }
        this.decisionSentOn = on;
        record(PetitionEvent.Kind.DECISION_SENT, state, state, on, kind.name(), true);
    }

    /** Whether the last decision reached (or has still not reached) the parties after its due day. */
    public boolean decisionSendingLate(LocalDate today) {
        LocalDate due = decisionSendingDue;
        if (due == null) {
            return false;
        }
        return decisionSentOn == null ? today.isAfter(due) : decisionSentOn.isAfter(due);
    }

    private void requireComplaint() {
        if (type != PetitionType.COMPLAINT) {
            throw DomainException.invalid("complaint.only-complaints");
        }
    }

    private void requireNotBeforeAcceptance(LocalDate on) {
        if (decidedOn != null && on.isBefore(decidedOn)) {
            throw DomainException.invalid("petition.date-before-acceptance");
        }
    }

    /** The complaint's legal paths as stored beside its core (columns added in 2026; see the migration). */
    public record ComplaintRecord(
            Complexity complexity,
            Set<ComplexityCriterion> complexityCriteria,
            @Nullable String complexityReason,
            @Nullable LocalDate complexityDeclaredOn,
            ComplaintSubject subject,
            boolean dismissal,
            @Nullable LocalDate learnedOn,
            @Nullable LocalDate firstDecisionReceivedOn,
            List<ComplaintParticulars.Obstacle> obstacles,
            @Nullable Integer signatureCount,
            boolean representativesAppointedInWriting,
            @Nullable LocalDate suspendedOn,
            @Nullable SuspensionGround suspensionGround,
            @Nullable LocalDate resumedOn,
            @Nullable TerminationGround terminationGround,
            int withdrawnCount,
            @Nullable String withdrawnContent,
            boolean withdrawalCoerced,
            @Nullable DecisionKind pendingDecision,
            @Nullable LocalDate decisionIssuedOn,
            @Nullable LocalDate decisionSendingDue,
            @Nullable LocalDate decisionSentOn) {}

    public ComplaintRecord complaintRecord() {
        return new ComplaintRecord(
                complexity,
                complexityCriteria,
                complexityReason,
                complexityDeclaredOn,
                subject,
                dismissal,
                learnedOn,
                firstDecisionReceivedOn,
                obstacles,
                signatureCount,
                representativesAppointedInWriting,
                suspendedOn,
                suspensionGround,
                resumedOn,
                terminationGround,
                withdrawnCount,
                withdrawnContent,
                withdrawalCoerced,
                pendingDecision,
                decisionIssuedOn,
                decisionSendingDue,
                decisionSentOn);
    }

    public void restoreComplaintRecord(ComplaintRecord stored) {
        this.complexity = stored.complexity();
        this.complexityCriteria = stored.complexityCriteria().isEmpty()
                ? EnumSet.noneOf(ComplexityCriterion.class)
                : EnumSet.copyOf(stored.complexityCriteria());
        this.complexityReason = stored.complexityReason();
        this.complexityDeclaredOn = stored.complexityDeclaredOn();
        this.subject = stored.subject();
        this.dismissal = stored.dismissal();
        this.learnedOn = stored.learnedOn();
        this.firstDecisionReceivedOn = stored.firstDecisionReceivedOn();
        this.obstacles = List.copyOf(stored.obstacles());
        this.signatureCount = stored.signatureCount();
        this.representativesAppointedInWriting = stored.representativesAppointedInWriting();
        this.suspendedOn = stored.suspendedOn();
        this.suspensionGround = stored.suspensionGround();
        this.resumedOn = stored.resumedOn();
        this.terminationGround = stored.terminationGround();
        this.withdrawnCount = stored.withdrawnCount();
        this.withdrawnContent = stored.withdrawnContent();
        this.withdrawalCoerced = stored.withdrawalCoerced();
        this.pendingDecision = stored.pendingDecision();
        this.decisionIssuedOn = stored.decisionIssuedOn();
        this.decisionSendingDue = stored.decisionSendingDue();
        this.decisionSentOn = stored.decisionSentOn();
    }

    public Complexity complexity() {
        return complexity;
    }

    public ComplaintSubject subject() {
        return subject;
    }

    public boolean dismissal() {
        return dismissal;
    }

    public @Nullable LocalDate learnedOn() {
        return learnedOn;
    }

    public @Nullable LocalDate firstDecisionReceivedOn() {
        return firstDecisionReceivedOn;
    }

    public @Nullable LocalDate suspendedOn() {
        return suspendedOn;
    }

    public @Nullable LocalDate decisionSentOn() {
        return decisionSentOn;
    }

    public @Nullable LocalDate decisionIssuedOn() {
        return decisionIssuedOn;
    }

    public boolean withdrawalCoerced() {
        return withdrawalCoerced;
    }

    public @Nullable TerminationGround terminationGround() {
        return terminationGround;
    }

    // ---- the legal paths of a denunciation (Luật Tố cáo 2018) and of regulation feedback (NĐ 20/2008) ------

    /**
     * Initial processing of a denunciation takes up to 10 working days instead of 7 when verification at several
     * places or delegation is needed (Luật Tố cáo 2018 Đ.24(1)): recorded with its reason while the 7 days run.
     */
    public void verificationAtSeveralPlaces(LocalDate on, LocalDate longerDue, String reason) {
        requireAwaitingProcessing();
        if (type != PetitionType.DENUNCIATION || relation == Relation.RE_DENUNCIATION_OF) {
            throw DomainException.invalid("petition.several-places-only-denunciation");
        }
        if (on.isBefore(receivedOn)) {
            throw DomainException.invalid("petition.date-before-receipt");
        }
        if (on.isAfter(processingDue)) {
            throw DomainException.conflict("petition.several-places-after-deadline", processingDue);
        }
        if (!longerDue.isAfter(processingDue)) {
            throw DomainException.conflict("petition.several-places-already-recorded");
        }
        LocalDate previous = processingDue;
        this.processingDue = longerDue;
        record(
                PetitionEvent.Kind.PROCESSING_EXTENDED,
                state,
                state,
                on,
                previous + " → " + longerDue + ": " + reason,
                false);
    }

    /** The person accused by a denunciation was recorded; never the denouncer, so it is not sealed. */
    public void accusedRecorded(LocalDate on, String description) {
        requireDenunciation();
        if (!state.isOpen()) {
            throw DomainException.conflict("petition.closed-for-changes");
        }
        record(PetitionEvent.Kind.ACCUSED_RECORDED, state, state, on, description, false);
    }

    /**
     * The notice of acceptance was sent to one party (Luật Tố cáo 2018 Đ.29): only after the decision to accept;
     * the note is the party, so the timeline can name it in the reader's language.
     */
    public void acceptanceNoticeSent(LocalDate on, NoticeParty party) {
        requireDenunciation();
        if (decision != Decision.ACCEPT || decidedOn == null) {
            throw DomainException.conflict("petition.not-accepted");
        }
        if (on.isBefore(decidedOn)) {
            throw DomainException.invalid("petition.date-before-acceptance");
        }
        if (party == NoticeParty.PETITIONER && anonymous) {
            throw DomainException.conflict("petition.no-identity");
        }
        record(
                PetitionEvent.Kind.ACCEPTANCE_NOTICE_SENT,
                state,
                state,
                on,
                party.name(),
                party == NoticeParty.PETITIONER);
    }

    /**
     * The denouncer withdrew the denunciation, in writing, before its conclusion (Luật Tố cáo 2018 Đ.33; NĐ 31/2019
     * Đ.4 as amended by NĐ 156/2026). A partial withdrawal leaves the rest to resolve; a whole one is terminated
     * (đình chỉ), withdrawal being the case's outcome, unless resolution continues for a recorded reason.
     */
    public void withdraw(
            LocalDate on, String form, boolean partial, @Nullable String continuation, @Nullable String note) {
        requireDenunciation();
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        if (decidedOn != null && on.isBefore(decidedOn)) {
            throw DomainException.invalid("petition.date-before-acceptance");
        }
        String what = form + (partial ? " / PARTIAL" : "") + (continuation == null ? "" : " / " + continuation);
        String detail = note == null || note.isBlank() ? what : what + ": " + note.strip();
        record(PetitionEvent.Kind.WITHDRAWN, state, state, on, detail, true);
        if (!partial && continuation == null) {
            conclude(on, Outcome.WITHDRAWN, detail);
        }
    }

    /**
     * The conclusion was made public in the given forms (Luật Tố cáo 2018 Đ.40): a conclusion on the content, not
     * a termination after withdrawal.
     */
    public void conclusionPublished(LocalDate on, String forms) {
        requireDenunciation();
        if ((state != PetitionState.RESOLVED && state != PetitionState.CLOSED)
                || outcome == Outcome.WITHDRAWN
                || resolvedOn == null) {
            throw DomainException.conflict("petition.no-conclusion-to-publish");
        }
        if (on.isBefore(resolvedOn)) {
            throw DomainException.invalid("petition.date-before-conclusion");
        }
        record(PetitionEvent.Kind.CONCLUSION_PUBLISHED, state, state, on, forms, true);
    }

    /**
     * Marks a recommendation or feedback as being about administrative regulations (NĐ 20/2008/NĐ-CP am. NĐ
     * 92/2017/NĐ-CP), while it awaits processing: a body not competent must transfer it within 5 working days.
     */
    public void aboutAdministrativeRegulations(LocalDate on) {
        if (type != PetitionType.RECOMMENDATION && type != PetitionType.FEEDBACK) {
            throw DomainException.invalid("petition.regulation-feedback-type");
        }
        requireAwaitingProcessing();
        record(PetitionEvent.Kind.REGULATION_FEEDBACK, state, state, on, null, false);
    }

    /** A step of the legal path was done after its statutory due date: flagged on the timeline. */
    public void stepLate(LocalDate on, String step, LocalDate due) {
        record(PetitionEvent.Kind.STEP_LATE, state, state, on, step + " " + due, false);
    }

    private void requireDenunciation() {
        if (type != PetitionType.DENUNCIATION) {
            throw DomainException.invalid("petition.only-denunciation");
        }
    }

    // ---- deadlines --------------------------------------------------------------------------------

    public @Nullable LocalDate currentDue() {
        return switch (state) {
            case RECEIVED -> processingDue;
            // A suspended complaint's period does not run (NĐ 124/2020 Đ.28b(2)): it is not overdue.
            case ACCEPTED -> suspendedOn == null ? resolutionDue : null;
            default -> null;
        };
    }

    public boolean flagOverdue(LocalDate today) {
        LocalDate due = currentDue();
        if (due == null || !due.isBefore(today) || (overdueFlaggedOn != null && !overdueFlaggedOn.isBefore(due))) {
            return false;
        }
        this.overdueFlaggedOn = today;
        record(PetitionEvent.Kind.DEADLINE_MISSED, state, state, today, "due " + due, false);
        return true;
    }

    // ---- registration and storage -------------------------------------------------------------------

    /** What intake learnt of a petition besides its core: where it came from, who sent it, from where. */
    public record Particulars(
            @Nullable SourceKind sourceKind,
            @Nullable String sourceName,
            @Nullable String sourceReference,
            boolean anonymous,
            int petitionerCount,
            int representativeCount,
            byte @Nullable [] identityCiphertext,
            @Nullable String petitionerName,
            @Nullable String communeCode,
            @Nullable String provinceCode,
            boolean remoteArea) {}

    /**
     * Registers a petition received through intake. The petitioner's name is kept only when the petition is
     * not anonymous and not a denunciation; a petition on the content of an earlier one ({@code related}) learns
     * the decision taken on it and takes over its seal.
     */
    public static Petition receive(
            String trackingCode,
            long bodyId,
            Channel channel,
            PetitionType type,
            String fieldCode,
            Instance instance,
            PetitionerKind petitionerKind,
            String title,
            String content,
            LocalDate receivedOn,
            LocalDate processingDue,
            Particulars particulars,
            @Nullable Petition related,
            @Nullable Relation relation) {
        requireInstanceFits(type, instance);
        Petition petition = new Petition(
                trackingCode,
                bodyId,
                channel,
                type,
                fieldCode,
                instance,
                petitionerKind,
                title,
                content,
                receivedOn,
                processingDue);
        petition.sourceKind = particulars.sourceKind();
        petition.sourceName = particulars.sourceName();
        petition.sourceReference = particulars.sourceReference();
        petition.mustReportResult = channel == Channel.TRANSFERRED;
        petition.anonymous = particulars.anonymous();
        petition.petitionerCount = particulars.petitionerCount();
        petition.representativeCount = particulars.representativeCount();
        petition.identityCiphertext = particulars.identityCiphertext();
        petition.petitionerName = particulars.anonymous() ? null : particulars.petitionerName();
        if (type == PetitionType.DENUNCIATION) {
            petition.seal();
        }
        petition.communeCode = particulars.communeCode();
        petition.provinceCode = particulars.provinceCode();
        petition.remoteArea = particulars.remoteArea();
        if (related != null) {
            petition.relatedPetitionId = related.id;
            petition.relation = relation;
            petition.previousDecisionOnSameContent = related.decision;
            petition.inheritSeal(related);
        }
        petition.registered();
        return petition;
    }

    /** Sent online: whether its answer may be published (masked), and the point the citizen gave. */
    public void sentOnline(boolean answerPublished, @Nullable BigDecimal atLatitude, @Nullable BigDecimal atLongitude) {
        this.publishAnswer = answerPublished;
        this.latitude = atLatitude;
        this.longitude = atLongitude;
    }

    /** A petition as stored, for the repository to bring back. */
    public record Stored(
            @Nullable Long id,
            String trackingCode,
            long bodyId,
            Channel channel,
            @Nullable SourceKind sourceKind,
            @Nullable String sourceName,
            @Nullable String sourceReference,
            boolean mustReportResult,
            PetitionType type,
            String fieldCode,
            Instance instance,
            boolean anonymous,
            PetitionerKind petitionerKind,
            int petitionerCount,
            int representativeCount,
            @Nullable String petitionerName,
            byte @Nullable [] identityCiphertext,
            boolean identitySealed,
            String title,
            String content,
            @Nullable String provinceCode,
            @Nullable String communeCode,
            boolean remoteArea,
            boolean complex,
            LocalDate receivedOn,
            @Nullable Long relatedPetitionId,
            @Nullable Relation relation,
            boolean publishAnswer,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            PetitionState state,
            @Nullable Long handlerId,
            LocalDate processingDue,
            @Nullable Decision decision,
            @Nullable LocalDate decidedOn,
            @Nullable FilingGround filingGround,
            @Nullable Long transferredToBodyId,
            @Nullable String transferredToName,
            @Nullable LocalDate resolutionDue,
            int extensionCount,
            @Nullable Outcome outcome,
            @Nullable LocalDate resolvedOn,
            @Nullable LocalDate closedOn,
            @Nullable LocalDate overdueFlaggedOn,
            int version,
            @Nullable Decision previousDecisionOnSameContent) {}

    public static Petition restore(Stored stored) {
        Petition petition = new Petition(
                stored.trackingCode(),
                stored.bodyId(),
                stored.channel(),
                stored.type(),
                stored.fieldCode(),
                stored.instance(),
                stored.petitionerKind(),
                stored.title(),
                stored.content(),
                stored.receivedOn(),
                stored.processingDue());
        petition.id = stored.id();
        petition.sourceKind = stored.sourceKind();
        petition.sourceName = stored.sourceName();
        petition.sourceReference = stored.sourceReference();
        petition.mustReportResult = stored.mustReportResult();
        petition.anonymous = stored.anonymous();
        petition.petitionerCount = stored.petitionerCount();
        petition.representativeCount = stored.representativeCount();
        petition.petitionerName = stored.petitionerName();
        petition.identityCiphertext = stored.identityCiphertext();
        petition.identitySealed = stored.identitySealed();
        petition.provinceCode = stored.provinceCode();
        petition.communeCode = stored.communeCode();
        petition.remoteArea = stored.remoteArea();
        petition.complex = stored.complex();
        petition.relatedPetitionId = stored.relatedPetitionId();
        petition.relation = stored.relation();
        petition.publishAnswer = stored.publishAnswer();
        petition.latitude = stored.latitude();
        petition.longitude = stored.longitude();
        petition.state = stored.state();
        petition.handlerId = stored.handlerId();
        petition.decision = stored.decision();
        petition.decidedOn = stored.decidedOn();
        petition.filingGround = stored.filingGround();
        petition.transferredToBodyId = stored.transferredToBodyId();
        petition.transferredToName = stored.transferredToName();
        petition.resolutionDue = stored.resolutionDue();
        petition.extensionCount = stored.extensionCount();
        petition.outcome = stored.outcome();
        petition.resolvedOn = stored.resolvedOn();
        petition.closedOn = stored.closedOn();
        petition.overdueFlaggedOn = stored.overdueFlaggedOn();
        petition.version = stored.version();
        petition.previousDecisionOnSameContent = stored.previousDecisionOnSameContent();
        return petition;
    }

    /** Written for the first time, under this id. */
    public void stored(long newId) {
        this.id = newId;
    }

    /** Another petition of the year drew the same random code before it was written: it takes another. */
    public void redrawTrackingCode(String newCode) {
        if (id != null) {
            throw new IllegalStateException("A stored petition keeps its tracking code");
        }
        this.trackingCode = newCode;
    }

    /** Written again: its version moves on, for the next writer's optimistic check. */
    public void versionWritten() {
        this.version++;
    }

    // ---- what it is (read by the services, the repository and the views) ------------------------------

    public @Nullable Long id() {
        return id;
    }

    /** The id of a petition read from or written to the database: only one still being built has none. */
    public long storedId() {
        if (id == null) {
            throw new IllegalStateException("The petition is not stored yet");
        }
        return id;
    }

    public String trackingCode() {
        return trackingCode;
    }

    public long bodyId() {
        return bodyId;
    }

    public Channel channel() {
        return channel;
    }

    public @Nullable SourceKind sourceKind() {
        return sourceKind;
    }

    public @Nullable String sourceName() {
        return sourceName;
    }

    public @Nullable String sourceReference() {
        return sourceReference;
    }

    public boolean mustReportResult() {
        return mustReportResult;
    }

    public PetitionType type() {
        return type;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public Instance instance() {
        return instance;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public PetitionerKind petitionerKind() {
        return petitionerKind;
    }

    public int petitionerCount() {
        return petitionerCount;
    }

    public int representativeCount() {
        return representativeCount;
    }

    public @Nullable String petitionerName() {
        return petitionerName;
    }

    public byte @Nullable [] identityCiphertext() {
        return identityCiphertext;
    }

    public boolean identitySealed() {
        return identitySealed;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public @Nullable String provinceCode() {
        return provinceCode;
    }

    public @Nullable String communeCode() {
        return communeCode;
    }

    public boolean remoteArea() {
        return remoteArea;
    }

    public boolean complex() {
        return complex;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public @Nullable Long relatedPetitionId() {
        return relatedPetitionId;
    }

    public @Nullable Relation relation() {
        return relation;
    }

    public boolean publishAnswer() {
        return publishAnswer;
    }

    public @Nullable BigDecimal latitude() {
        return latitude;
    }

    public @Nullable BigDecimal longitude() {
        return longitude;
    }

    public PetitionState state() {
        return state;
    }

    public @Nullable Long handlerId() {
        return handlerId;
    }

    public LocalDate processingDue() {
        return processingDue;
    }

    public @Nullable Decision decision() {
        return decision;
    }

    public @Nullable LocalDate decidedOn() {
        return decidedOn;
    }

    public @Nullable FilingGround filingGround() {
        return filingGround;
    }

    public @Nullable Long transferredToBodyId() {
        return transferredToBodyId;
    }

    public @Nullable String transferredToName() {
        return transferredToName;
    }

    public @Nullable LocalDate resolutionDue() {
        return resolutionDue;
    }

    public int extensionCount() {
        return extensionCount;
    }

    public @Nullable Outcome outcome() {
        return outcome;
    }

    public @Nullable LocalDate resolvedOn() {
        return resolvedOn;
    }

    public @Nullable LocalDate closedOn() {
        return closedOn;
    }

    public @Nullable LocalDate overdueFlaggedOn() {
        return overdueFlaggedOn;
    }

    public int version() {
        return version;
    }

    public @Nullable Decision previousDecisionOnSameContent() {
        return previousDecisionOnSameContent;
    }

    // ---- events -----------------------------------------------------------------------------------

    private void requireState(PetitionState required, String code) {
        if (state != required) {
            throw DomainException.conflict(code, state);
        }
    }

    private void record(
            PetitionEvent.Kind kind,
            @Nullable PetitionState from,
            @Nullable PetitionState to,
            LocalDate on,
            @Nullable String note,
            boolean visibleToCitizen) {
        pendingEvents.add(new PetitionEvent(kind, from, to, on, note, visibleToCitizen));
    }

    public List<PetitionEvent> drainEvents() {
        List<PetitionEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    /** A fact to write into the timeline. */
    public record PetitionEvent(
            Kind kind,
            @Nullable PetitionState from,
            @Nullable PetitionState to,
            LocalDate on,
            @Nullable String note,
            boolean visibleToCitizen) {
        public enum Kind {
            RECEIVED,
            CLASSIFIED,
            SPLIT,
            ACCEPTED,
            GUIDED,
            TRANSFERRED,
            FILED,
            RETURNED,
            ASSIGNED,
            VERIFICATION,
            EXTENDED,
            RESOLVED,
            NOTICE_SENT,
            CLOSED,
            DEADLINE_MISSED,
            ATTACHMENT_ADDED,
            IDENTITY_VIEWED,
            COMPLEXITY_DECLARED,
            PARTICULARS_RECORDED,
            SUSPENDED,
            RESUMED,
            TERMINATED,
            WITHDRAWN,
            DECISION_SENT,
            PROCESSING_EXTENDED,
            ACCUSED_RECORDED,
            ACCEPTANCE_NOTICE_SENT,
            CONCLUSION_PUBLISHED,
            REGULATION_FEEDBACK,
            STEP_LATE
        }
    }
}
