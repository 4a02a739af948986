package vn.danvan.petition;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.AnswerPublication;
import vn.danvan.petition.domain.Deadlines;
import vn.danvan.petition.domain.NoticeParty;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionHandling;
import vn.danvan.petition.domain.PetitionHandling.Change;
import vn.danvan.petition.domain.PetitionPolicy.Action;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.petition.persistence.ResolutionFigureRecords;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * Resolving an accepted petition (giải quyết): verification steps, extensions within the legal limits,
 * the outcome with its notices to the parties, and closure.
 */
@Service
@Transactional
public class PetitionResolution {

    private final PetitionHandling changes;
    private final Petitions petitions;
    private final Deadlines deadlines;
    private final AnswerPublication publication;
    private final ComplaintProceedings complaints;
    private final ResolutionFigureRecords figures;
    private final AuditTrail audit;

    PetitionResolution(
            PetitionHandling changes,
            Petitions petitions,
            Deadlines deadlines,
            AnswerPublication publication,
            ComplaintProceedings complaints,
            ResolutionFigureRecords figures,
            AuditTrail audit) {
        this.changes = changes;
        this.petitions = petitions;
        this.deadlines = deadlines;
        this.publication = publication;
        this.complaints = complaints;
        this.figures = figures;
        this.audit = audit;
    }

    /**
     * The written determination of complexity, which is how a complaint gets its longer period and what a
     * denunciation's extensions depend on (see {@link ComplaintProceedings#declareComplexity}).
     */
    public PetitionReference declareComplexity(long petitionId, DeclareComplexity command, StaffMember staff) {
        return complaints.declareComplexity(petitionId, command, staff);
    }

    public PetitionReference recordVerification(long petitionId, String note, StaffMember staff) {
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("petition.verification-note-required");
        }
        return PetitionIntake.reference(changes.apply(
                petitionId,
                staff,
                Action.RESOLVE,
                Change.VERIFIED,
                p -> p.recordVerification(deadlines.today(), note.strip())));
    }

    /**
     * Extends the resolution deadline, by a decision taken before that deadline runs out. A complaint is extended
     * once, by declaring it complex (Luật Khiếu nại Đ.28, Đ.37: the complex period replaces the normal one); a
     * denunciation up to twice by at most 30 days each, 90 days from acceptance at the most (Luật Tố cáo Đ.30(1));
     * a recommendation or feedback once, by the configured limit. Extensions are counted from acceptance, so a
     * deadline moved off a day off does not push the next one further.
     */
    public PetitionReference extend(long petitionId, ExtendResolution command, StaffMember staff) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw DomainException.invalid("petition.extension-reason-required");
        }
        LocalDate on = command.extendedOn() == null ? deadlines.today() : command.extendedOn();
        if (on.isAfter(deadlines.today())) {
            throw DomainException.invalid("petition.date-in-future");
        }
        return PetitionIntake.reference(changes.apply(petitionId, staff, Action.RESOLVE, Change.EXTENDED, p -> {
            LocalDate due = p.resolutionDue();
            LocalDate acceptedOn = p.decidedOn();
            if (p.state() != PetitionState.ACCEPTED || due == null || acceptedOn == null) {
                throw DomainException.conflict("petition.not-being-resolved", p.state());
            }
            if (p.type() == PetitionType.COMPLAINT) {
                // NĐ 124/2020 Đ.3a: a complaint's longer period comes with its written determination of complexity.
                throw DomainException.conflict("complaint.extend-by-declaring-complexity");
            }
            LocalDate latest = p.type() == PetitionType.COMPLAINT
                    ? deadlines.resolutionDue(p.type(), p.instance(), p.remoteArea(), true, acceptedOn)
                    : deadlines.latestExtension(
                            p.type(), p.instance(), p.remoteArea(), acceptedOn, due, p.extensionCount() + 1);
            LocalDate newDue = command.newDueDate() == null ? latest : command.newDueDate();
            p.extend(on, newDue, latest, command.reason().strip());
        }));
    }

    /** Records the outcome and the notices it requires; the accused never learns who denounced them. */
    public PetitionReference conclude(long petitionId, ConcludePetition command, StaffMember staff) {
        LocalDate on = command.resolvedOn() == null ? deadlines.today() : command.resolvedOn();
        if (on.isAfter(deadlines.today())) {
            throw DomainException.invalid("petition.date-in-future");
        }
        ResolutionFigures ordered = command.figures();
        if (ordered != null && ordered.anyNegative()) {
            throw DomainException.invalid("petition.figures-negative");
        }
        Petition petition = changes.apply(petitionId, staff, Action.RESOLVE, Change.RESOLVED, p -> {
            if (ordered != null && p.type() != PetitionType.COMPLAINT && p.type() != PetitionType.DENUNCIATION) {
                throw DomainException.invalid("petition.figures-not-for-type");
            }
            p.conclude(on, command.outcome(), command.summary().strip());
            if (p.type() == PetitionType.COMPLAINT) {
                // Luật Khiếu nại Đ.32: the first-instance decision reaches the parties within 3 working days.
                p.issueDecision(
                        DecisionKind.RESOLUTION,
                        on,
                        deadlines.decisionSendingDue(DecisionKind.RESOLUTION, p.instance(), on));
            }
            if (!p.anonymous()) {
                p.noticeSent(on, NoticeParty.PETITIONER);
            }
            if (p.type() == PetitionType.DENUNCIATION) {
                // Luật Tố cáo 2018 Đ.29(3), Đ.40: the accused is told the content and conclusion only.
                p.noticeSent(on, NoticeParty.ACCUSED);
            }
            if (p.mustReportResult()) {
                p.noticeSent(on, NoticeParty.TRANSFERRING_BODY);
            }
        });
        if (ordered != null) {
            recordFigures(petition.storedId(), ordered);
        }
        publication.publishIfAllowed(petition, command.summary().strip());
        if (petition.relation() == Relation.TRANSFERRED_FROM && petition.relatedPetitionId() != null) {
            petitions.resultReported(
                    petition.relatedPetitionId(),
                    on,
                    petition.trackingCode() + " — " + command.summary().strip());
        }
        return PetitionIntake.reference(petition);
    }

    /** The result forms' figures (Biểu 03, 04) of the decision or conclusion, audited with the resolution. */
    private void recordFigures(long petitionId, ResolutionFigures ordered) {
        figures.save(petitionId, ordered);
        audit.record(
                "petition.resolution-figures",
                "petition",
                petitionId,
                java.util.Map.of(
                        "moneyToStateVnd", ordered.moneyToStateVnd(),
                        "landToStateM2", ordered.landToStateM2(),
                        "moneyToCitizensVnd", ordered.moneyToCitizensVnd(),
                        "landToCitizensM2", ordered.landToCitizensM2(),
                        "peopleRightsRestored", ordered.peopleRightsRestored(),
                        "peopleRecommendedForSanction", ordered.peopleRecommendedForSanction(),
                        "transferredToInvestigation", ordered.transferredToInvestigation(),
                        "subjectsTransferredToInvestigation", ordered.subjectsTransferredToInvestigation()));
    }

    public PetitionReference close(long petitionId, StaffMember staff) {
        return PetitionIntake.reference(
                changes.apply(petitionId, staff, Action.RESOLVE, Change.CLOSED, p -> p.close(deadlines.today())));
    }
}
