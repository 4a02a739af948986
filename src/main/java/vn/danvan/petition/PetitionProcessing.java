package vn.danvan.petition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.Deadlines;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionHandling;
import vn.danvan.petition.domain.PetitionHandling.Change;
import vn.danvan.petition.domain.PetitionPolicy.Action;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.DomainException;

/**
 * Classification and the processing decision (xử lý đơn) — docs/law/rules.md A1 rows 1, 3–5 and A4: accept (thụ lý),
 * guide (hướng dẫn, once), transfer (chuyển đơn, once per content), file (lưu đơn) or return documents.
 */
@Service
@Transactional
public class PetitionProcessing {

    private final PetitionHandling changes;
    private final Petitions petitions;
    private final Deadlines deadlines;
    private final PetitionIntake intake;
    private final OrganizationDirectory organization;
    private final ComplaintProceedings complaints;
    private final DenunciationPaths denunciationPaths;

    PetitionProcessing(
            PetitionHandling changes,
            Petitions petitions,
            Deadlines deadlines,
            PetitionIntake intake,
            OrganizationDirectory organization,
            ComplaintProceedings complaints,
            DenunciationPaths denunciationPaths) {
        this.denunciationPaths = denunciationPaths;
        this.changes = changes;
        this.petitions = petitions;
        this.deadlines = deadlines;
        this.intake = intake;
        this.organization = organization;
        this.complaints = complaints;
    }

    public PetitionReference classify(long petitionId, ClassifyPetition command, StaffMember staff) {
        if (!petitions.fieldExists(command.fieldCode())) {
            throw DomainException.invalid("petition.unknown-field", command.fieldCode());
        }
        // Luật Tố cáo Đ.24(1): a recorded need to verify at several places keeps its 10 working days.
        boolean severalPlaces = denunciationPaths.verificationAtSeveralPlacesRecorded(petitionId);
        Petition petition = changes.apply(petitionId, staff, Action.PROCESS, Change.CLASSIFIED, p -> {
            Instance instance = command.instance() == null ? p.instance() : command.instance();
            boolean reDenunciation = p.relation() == Relation.RE_DENUNCIATION_OF;
            p.reclassify(
                    command.type(),
                    command.fieldCode(),
                    instance,
                    command.anonymous(),
                    deadlines.initialProcessingDue(
                            command.type(),
                            reDenunciation,
                            severalPlaces && command.type() == PetitionType.DENUNCIATION && !reDenunciation,
                            p.receivedOn()));
        });
        return PetitionIntake.reference(petition);
    }

    public PetitionReference decide(long petitionId, DecidePetition command, StaffMember staff) {
        LocalDate on = command.decidedOn() == null ? deadlines.today() : command.decidedOn();
        if (on.isAfter(deadlines.today())) {
            throw DomainException.invalid("petition.date-in-future");
        }
        Change change = switch (command.decision()) {
            case ACCEPT -> Change.ACCEPTED;
            case GUIDE -> Change.GUIDED;
            case TRANSFER -> Change.TRANSFERRED;
            case FILE -> Change.FILED;
            case RETURN -> Change.RETURNED;
        };
        Body target = transferTarget(command);
        boolean regulationFeedback =
                command.decision() == Decision.TRANSFER && denunciationPaths.regulationFeedback(petitionId);
        Petition petition = changes.apply(petitionId, staff, Action.PROCESS, change, p -> {
            switch (command.decision()) {
                case ACCEPT -> {
                    ComplaintProceedings.TimeLimits limits = complaints.timeLimits(p);
                    p.requireAdmissible(limits.timeBarEnds(), limits.secondWindowEnds());
                    requireContentNotWithdrawn(p);
                    boolean complex = p.complexity().complex();
                    p.accept(
                            on,
                            command.complex(),
                            deadlines.resolutionDue(p.type(), p.instance(), p.subject(), p.remoteArea(), complex, on));
                }
                case GUIDE -> p.guide(on, required(command.note(), "petition.guidance-required"));
                case TRANSFER -> {
                    p.transfer(
                            on,
                            target == null ? null : target.id(),
                            target == null
                                    ? required(command.targetName(), "petition.transfer-target-required")
                                    : target.name(),
                            command.note());
                    denunciationPaths.transferred(p, on, regulationFeedback);
                }
                case FILE -> {
                    if (command.filingGround() == null) {
                        throw DomainException.invalid("petition.filing-ground-required");
                    }
                    p.file(on, command.filingGround(), command.note());
                }
                case RETURN -> p.returnDocuments(on, required(command.note(), "petition.return-reason-required"));
            }
        });
        if (command.decision() == Decision.TRANSFER && target != null) {
            Body source = organization.body(petition.bodyId()).orElseThrow();
            Petition copy = intake.receiveTransfer(petition, target.id(), source.name(), on);
            if (regulationFeedback) {
                denunciationPaths.regulationFeedbackCarriedTo(copy.storedId());
            }
        }
        return PetitionIntake.reference(petition);
    }

    public PetitionReference assign(long petitionId, long handlerId, String handlerName, StaffMember staff) {
        return PetitionIntake.reference(changes.apply(petitionId, staff, Action.RESOLVE, Change.ASSIGNED, p -> {
            if (!organization.worksAt(handlerId, p.bodyId())) {
                throw DomainException.invalid("petition.unknown-handler", handlerId);
            }
            p.assign(handlerId, handlerName, deadlines.today());
        }));
    }

    /**
     * Content a complainant withdrew is not examined again unless the withdrawal was coerced (Luật Khiếu nại Đ.10 as
     * amended by Luật 136/2025/QH15): a complaint re-sending a complaint that ended by withdrawal is not accepted.
     */
    private void requireContentNotWithdrawn(Petition p) {
        Long relatedId = p.relatedPetitionId();
        if (p.type() != PetitionType.COMPLAINT || relatedId == null || p.relation() != Relation.RESUBMISSION_OF) {
            return;
        }
        petitions.find(relatedId).ifPresent(earlier -> {
            if (earlier.outcome() == Outcome.WITHDRAWN && !earlier.withdrawalCoerced()) {
                throw DomainException.conflict("complaint.withdrawn-content-not-reexamined", earlier.trackingCode());
            }
        });
    }

    private @Nullable Body transferTarget(DecidePetition command) {
        Long targetBodyId = command.targetBodyId();
        if (command.decision() != Decision.TRANSFER || targetBodyId == null) {
            return null;
        }
        return organization
                .body(targetBodyId)
                .orElseThrow(() -> DomainException.invalid("petition.unknown-transfer-target", targetBodyId));
    }

    private static String required(@Nullable String value, String code) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(code);
        }
        return value.strip();
    }
}
