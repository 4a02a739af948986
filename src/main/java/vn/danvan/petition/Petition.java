package vn.danvan.petition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;

/**
 * A petition (đơn) held by one body. Every change of state goes through a method here that checks the
 * state allows it and records what happened as a {@link PetitionEvent}; services persist and audit.
 */
class Petition {

    // identity and intake (fixed once registered, apart from classification while RECEIVED)
    @Nullable Long id;
    String trackingCode;
    long bodyId;
    Channel channel;
    @Nullable SourceKind sourceKind;
    @Nullable String sourceName;
    @Nullable String sourceReference;
    boolean mustReportResult;
    PetitionType type;
    String fieldCode;
    Instance instance;
    boolean anonymous;
    PetitionerKind petitionerKind;
    int petitionerCount;
    int representativeCount;
    @Nullable String petitionerName;
    byte @Nullable [] identityCiphertext;
    /**
     * Whether the identity is a denouncer's (Luật Tố cáo 2018 Đ.9(1)(b), Đ.47): set when it was given in a
     * denunciation, at intake or at any later classification as one, copied into every petition derived from
     * this one, and never cleared, whatever the petition later becomes.
     */
    boolean identitySealed;
    String title;
    String content;
    @Nullable String provinceCode;
    @Nullable String communeCode;
    boolean remoteArea;
    boolean complex;
    LocalDate receivedOn;
    @Nullable Long relatedPetitionId;
    @Nullable Relation relation;
    // online submissions: whether the answer may be published (masked), and the point the citizen gave
    boolean publishAnswer;
    @Nullable BigDecimal latitude;
    @Nullable BigDecimal longitude;

    // handling
    PetitionState state;
    @Nullable Long handlerId;
    LocalDate processingDue;
    @Nullable Decision decision;
    @Nullable LocalDate decidedOn;
    @Nullable FilingGround filingGround;
    @Nullable Long transferredToBodyId;
    @Nullable String transferredToName;
    @Nullable LocalDate resolutionDue;
    int extensionCount;
    @Nullable Outcome outcome;
    @Nullable LocalDate resolvedOn;
    @Nullable LocalDate closedOn;
    @Nullable LocalDate overdueFlaggedOn;
    int version;

    /** Set when loaded: the decision taken on the petition this one re-sends, if any. */
    @Nullable Decision previousDecisionOnSameContent;

    private final List<PetitionEvent> pendingEvents = new ArrayList<>();

    Petition(String trackingCode, long bodyId, Channel channel, PetitionType type, String fieldCode, Instance instance,
            PetitionerKind petitionerKind, String title, String content, LocalDate receivedOn, LocalDate processingDue) {
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
    void registered() {
        record(PetitionEvent.Kind.RECEIVED, null, PetitionState.RECEIVED, receivedOn, null, true);
    }

    // ---- classification ---------------------------------------------------------------------------

    void reclassify(PetitionType newType, String newField, Instance newInstance, boolean newAnonymous,
            LocalDate newProcessingDue) {
        requireState(PetitionState.RECEIVED, "petition.not-awaiting-processing");
        if (newInstance == Instance.SECOND && newType != PetitionType.COMPLAINT) {
            throw DomainException.invalid("petition.second-instance-only-complaints");
        }
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
    void inheritSeal(Petition origin) {
        if (origin.identitySealed || origin.type == PetitionType.DENUNCIATION) {
            seal();
        }
    }

    /** The petitioner's name as staff without the identity permission may see it: never a sealed one. */
    @Nullable String visibleName() {
        return identitySealed || anonymous ? null : petitionerName;
    }

    // ---- processing decision (xử lý đơn) ----------------------------------------------------------

    void accept(LocalDate on, boolean complexCase, LocalDate due) {
        decide(Decision.ACCEPT, on);
        if (anonymous && type == PetitionType.DENUNCIATION) {
            throw DomainException.conflict("petition.anonymous-denunciation-not-accepted");
        }
        this.complex = complexCase;
        this.resolutionDue = due;
        this.state = PetitionState.ACCEPTED;
        record(PetitionEvent.Kind.ACCEPTED, PetitionState.RECEIVED, state, on, null, true);
    }

    void guide(LocalDate on, String guidance) {
        decide(Decision.GUIDE, on);
        if (previousDecisionOnSameContent == Decision.GUIDE) {
            throw DomainException.conflict("petition.already-guided");
        }
        this.state = PetitionState.GUIDED;
        record(PetitionEvent.Kind.GUIDED, PetitionState.RECEIVED, state, on, guidance, true);
    }

    void transfer(LocalDate on, @Nullable Long targetBodyId, String targetName, @Nullable String note) {
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
        record(PetitionEvent.Kind.TRANSFERRED, PetitionState.RECEIVED, state, on,
                targetName + (note == null || note.isBlank() ? "" : " — " + note), true);
    }

    void file(LocalDate on, FilingGround ground, @Nullable String note) {
        decide(Decision.FILE, on);
        if (!ground.appliesTo(type)) {
            throw DomainException.invalid("petition.filing-ground-not-applicable");
        }
        this.filingGround = ground;
        this.state = PetitionState.FILED;
        record(PetitionEvent.Kind.FILED, PetitionState.RECEIVED, state, on, note == null || note.isBlank() ? null : note,
                false);
    }

    void returnDocuments(LocalDate on, String reason) {
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

    boolean arrivedByTransfer() {
        return channel == Channel.TRANSFERRED || relation == Relation.TRANSFERRED_FROM;
    }

    // ---- resolution -------------------------------------------------------------------------------

    void assign(long handler, String handlerName, LocalDate on) {
        if (!state.isOpen()) {
            throw DomainException.conflict("petition.closed-for-changes");
        }
        this.handlerId = handler;
        record(PetitionEvent.Kind.ASSIGNED, state, state, on, handlerName, false);
    }

    void recordVerification(LocalDate on, String note) {
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        record(PetitionEvent.Kind.VERIFICATION, state, state, on, note, false);
    }

    void extend(LocalDate on, LocalDate newDue, LocalDate latestAllowed, String reason) {
        requireState(PetitionState.ACCEPTED, "petition.not-being-resolved");
        if (extensionCount >= DeadlineRule.maxExtensions(type)) {
            throw DomainException.conflict("petition.no-more-extensions");
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
        this.complex = true;
        record(PetitionEvent.Kind.EXTENDED, state, state, on, previous + " → " + newDue + ": " + reason, true);
    }

    void conclude(LocalDate on, Outcome result, String summary) {
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
    void noticeSent(LocalDate on, NoticeParty party) {
        record(PetitionEvent.Kind.NOTICE_SENT, state, state, on, party.name(), party == NoticeParty.PETITIONER);
    }

    void close(LocalDate on) {
        requireState(PetitionState.RESOLVED, "petition.not-resolved");
        this.closedOn = on;
        this.state = PetitionState.CLOSED;
        record(PetitionEvent.Kind.CLOSED, PetitionState.RESOLVED, state, on, null, true);
    }

    // ---- deadlines --------------------------------------------------------------------------------

    @Nullable LocalDate currentDue() {
        return switch (state) {
            case RECEIVED -> processingDue;
            case ACCEPTED -> resolutionDue;
            default -> null;
        };
    }

    boolean flagOverdue(LocalDate today) {
        LocalDate due = currentDue();
        if (due == null || !due.isBefore(today) || (overdueFlaggedOn != null && !overdueFlaggedOn.isBefore(due))) {
            return false;
        }
        this.overdueFlaggedOn = today;
        record(PetitionEvent.Kind.DEADLINE_MISSED, state, state, today, "due " + due, false);
        return true;
    }

    // ---- events -----------------------------------------------------------------------------------

    private void requireState(PetitionState required, String code) {
        if (state != required) {
            throw DomainException.conflict(code, state);
        }
    }

    private void record(PetitionEvent.Kind kind, @Nullable PetitionState from, @Nullable PetitionState to,
            LocalDate on, @Nullable String note, boolean visibleToCitizen) {
        pendingEvents.add(new PetitionEvent(kind, from, to, on, note, visibleToCitizen));
    }

    List<PetitionEvent> drainEvents() {
        List<PetitionEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    /** A fact to write into the timeline. */
    record PetitionEvent(Kind kind, @Nullable PetitionState from, @Nullable PetitionState to, LocalDate on,
            @Nullable String note, boolean visibleToCitizen) {
        enum Kind {
            RECEIVED, CLASSIFIED, SPLIT, ACCEPTED, GUIDED, TRANSFERRED, FILED, RETURNED, ASSIGNED, VERIFICATION,
            EXTENDED, RESOLVED, NOTICE_SENT, CLOSED, DEADLINE_MISSED, ATTACHMENT_ADDED, IDENTITY_VIEWED
        }
    }
}
