package vn.danvan.petition.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.AcceptanceNoticeSent;
import vn.danvan.petition.AccusedRecorded;
import vn.danvan.petition.ComplaintResumed;
import vn.danvan.petition.ComplaintSuspended;
import vn.danvan.petition.ComplaintTerminated;
import vn.danvan.petition.ComplexityDeclared;
import vn.danvan.petition.ConclusionPublished;
import vn.danvan.petition.DeadlineMissed;
import vn.danvan.petition.DecisionSent;
import vn.danvan.petition.DenunciationWithdrawn;
import vn.danvan.petition.IdentitiesSealed;
import vn.danvan.petition.NoticeRecipient;
import vn.danvan.petition.PetitionAccepted;
import vn.danvan.petition.PetitionAssigned;
import vn.danvan.petition.PetitionClassified;
import vn.danvan.petition.PetitionClosed;
import vn.danvan.petition.PetitionFiled;
import vn.danvan.petition.PetitionGuided;
import vn.danvan.petition.PetitionHandlingEvent;
import vn.danvan.petition.PetitionReceived;
import vn.danvan.petition.PetitionResolved;
import vn.danvan.petition.PetitionReturned;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionTransferred;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionWithdrawn;
import vn.danvan.petition.ProcessingPeriodExtended;
import vn.danvan.petition.RegulationFeedbackMarked;
import vn.danvan.petition.ResolutionExtended;
import vn.danvan.petition.VerificationRecorded;
import vn.danvan.petition.domain.PetitionPolicy.Action;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.AuditTrail;

/**
 * The one path every change of a petition takes: lock the row, check scope and role, let the aggregate
 * apply the change (it guards its own state), persist with its timeline, audit and publish — all in the
 * caller's transaction.
 */
@Component
public class PetitionHandling {

    private final Petitions petitions;
    private final PetitionPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PetitionHandling(
            Petitions petitions,
            PetitionPolicy policy,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.petitions = petitions;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Petition apply(
            long petitionId, StaffMember staff, Action action, Change change, Consumer<Petition> mutation) {
        Petition petition = petitions.lock(petitionId);
        policy.requireVisible(staff, petition.bodyId(), petitionId);
        policy.require(staff, action, petition.bodyId());
        PetitionState before = petition.state();
        boolean sealedBefore = petition.identitySealed();
        mutation.accept(petition);
        petitions.update(petition);
        if (petition.identitySealed()) {
            List<Long> sealed = new ArrayList<>(petitions.sealLinked(petition.storedId()));
            if (!sealedBefore) {
                sealed.add(petition.storedId());
            }
            if (!sealed.isEmpty()) {
                events.publishEvent(new IdentitiesSealed(sealed));
            }
        }
        recorded(petition, before, change, LocalDate.now(clock));
        return petition;
    }

    public void recorded(Petition petition, PetitionState before, Change change, LocalDate on) {
        Map<String, Object> details = new HashMap<>();
        details.put("from", before.name());
        details.put("to", petition.state().name());
        if (petition.decision() != null) {
            details.put("decision", petition.decision().name());
        }
        if (petition.currentDue() != null) {
            details.put("due", petition.currentDue().toString());
        }
        audit.record(
                "petition." + change.name().toLowerCase(java.util.Locale.ROOT),
                "petition",
                petition.storedId(),
                details);
        events.publishEvent(change.event(petition, on));
    }

    /** The facts of a petition's handling: each names its audit entry and builds its published event. */
    public enum Change {
        RECEIVED,
        CLASSIFIED,
        ACCEPTED,
        GUIDED,
        TRANSFERRED,
        FILED,
        RETURNED,
        ASSIGNED,
        VERIFIED,
        EXTENDED,
        RESOLVED,
        CLOSED,
        DEADLINE_MISSED,
        COMPLEXITY_DECLARED,
        PARTICULARS_RECORDED,
        SUSPENDED,
        RESUMED,
        TERMINATED,
        WITHDRAWN,
        DECISION_SENT,
        PROCESSING_EXTENDED,
        ACCUSED_RECORDED,
        DENOUNCER_NOTIFIED,
        ACCUSED_NOTIFIED,
        CONCLUSION_PUBLISHED,
        REGULATION_FEEDBACK_MARKED;

        public PetitionHandlingEvent event(Petition petition, LocalDate on) {
            long id = petition.storedId();
            String code = petition.trackingCode();
            long body = petition.bodyId();
            PetitionState state = petition.state();
            return switch (this) {
                case RECEIVED -> new PetitionReceived(id, code, body, state, on);
                case CLASSIFIED -> new PetitionClassified(id, code, body, state, on);
                case ACCEPTED -> new PetitionAccepted(id, code, body, state, on);
                case GUIDED -> new PetitionGuided(id, code, body, state, on);
                case TRANSFERRED -> new PetitionTransferred(id, code, body, state, on);
                case FILED -> new PetitionFiled(id, code, body, state, on);
                case RETURNED -> new PetitionReturned(id, code, body, state, on);
                case ASSIGNED -> new PetitionAssigned(id, code, body, state, on);
                case VERIFIED -> new VerificationRecorded(id, code, body, state, on);
                case EXTENDED -> new ResolutionExtended(id, code, body, state, on);
                case RESOLVED -> new PetitionResolved(id, code, body, state, on);
                case CLOSED -> new PetitionClosed(id, code, body, state, on);
                case DEADLINE_MISSED -> new DeadlineMissed(id, code, body, state, on);
                case COMPLEXITY_DECLARED -> new ComplexityDeclared(id, code, body, state, on);
                // Facts recorded before acceptance publish as a classification: no new listener needs them.
                case PARTICULARS_RECORDED -> new PetitionClassified(id, code, body, state, on);
                case SUSPENDED -> new ComplaintSuspended(id, code, body, state, on);
                case RESUMED -> new ComplaintResumed(id, code, body, state, on);
                case TERMINATED -> new ComplaintTerminated(id, code, body, state, on);
                case WITHDRAWN ->
                    petition.type() == PetitionType.DENUNCIATION
                            ? new DenunciationWithdrawn(id, code, body, state, on)
                            : new PetitionWithdrawn(id, code, body, state, on);
                case DECISION_SENT -> new DecisionSent(id, code, body, state, on);
                case PROCESSING_EXTENDED -> new ProcessingPeriodExtended(id, code, body, state, on);
                case ACCUSED_RECORDED -> new AccusedRecorded(id, code, body, state, on);
                case DENOUNCER_NOTIFIED ->
                    new AcceptanceNoticeSent(id, code, body, state, on, NoticeRecipient.DENOUNCER);
                case ACCUSED_NOTIFIED -> new AcceptanceNoticeSent(id, code, body, state, on, NoticeRecipient.ACCUSED);
                case CONCLUSION_PUBLISHED -> new ConclusionPublished(id, code, body, state, on);
                case REGULATION_FEEDBACK_MARKED -> new RegulationFeedbackMarked(id, code, body, state, on);
            };
        }
    }
}
