package vn.danvan.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.AnswerPublication;
import vn.danvan.petition.domain.DeadlineRule.Step;
import vn.danvan.petition.domain.Deadlines;
import vn.danvan.petition.domain.IdentityVault;
import vn.danvan.petition.domain.NoticeParty;
import vn.danvan.petition.domain.PersonalDataMask;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionHandling;
import vn.danvan.petition.domain.PetitionHandling.Change;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.petition.domain.PetitionPolicy.Action;
import vn.danvan.petition.persistence.LegalPaths;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/**
 * The legal path of a denunciation beyond the processing decision — docs/law/rules.md A1 rows 5, 6, 6b, 6c, 8 and A5:
 * the 10-working-day variant of initial processing (Luật Tố cáo 2018 Đ.24(1)), the accused and the notices of
 * acceptance (Đ.29), withdrawal (Đ.33; NĐ 31/2019 Đ.4 am. NĐ 156/2026), publication of the conclusion (Đ.40) —
 * and the marker of feedback on administrative regulations (NĐ 20/2008/NĐ-CP am. NĐ 92/2017/NĐ-CP). The
 * denouncer's identity is never written into anything the accused or the public reads.
 */
@Service
@Transactional
public class DenunciationPaths {

    /** Verification at several places or delegation is needed: the reason, and when it was recorded. */
    public record SeveralPlaces(
            @NotBlank @Size(max = InputText.NOTE) String reason,
            @Nullable LocalDate recordedOn) {}

    /** The person accused (người bị tố cáo): name, position and body. Never the denouncer. */
    public record AccusedPerson(
            @NotBlank @Size(max = InputText.NAME) String name,
            @Nullable @Size(max = 300) String position,
            @Nullable @Size(max = 300) String body) {}

    /** A notice of acceptance was sent to one party on a day. */
    public record AcceptanceNotice(
            @NotNull NoticeRecipient recipient, @Nullable LocalDate sentOn) {}

    /**
     * The denouncer withdrew: in which written form, when, the whole denunciation or part of its content, and why
     * resolution continues if it does after a whole withdrawal.
     */
    public record Withdrawal(
            @NotNull WithdrawalForm form,
            @Nullable LocalDate withdrawnOn,
            boolean partial,
            @Nullable WithdrawalContinuation continuation,
            @Nullable @Size(max = InputText.NOTE) String note) {}

    /** The conclusion was made public in these forms on a day. */
    public record Publication(
            @NotEmpty Set<PublicationForm> forms, @Nullable LocalDate publishedOn) {}

    /** The steps of the legal path with their due dates (from the rule table), what was done, and what was late. */
    public record LegalPathView(
            boolean denunciation,
            boolean regulationFeedback,
            boolean mayRecordSeveralPlaces,
            @Nullable String severalPlacesReason,
            @Nullable LocalDate severalPlacesOn,
            @Nullable LocalDate transferDue,
            boolean transferLate,
            @Nullable String accusedName,
            @Nullable String accusedPosition,
            @Nullable String accusedBody,
            @Nullable LocalDate acceptanceNoticeDue,
            @Nullable LocalDate denouncerNotifiedOn,
            @Nullable LocalDate accusedNotifiedOn,
            boolean denouncerNoticeLate,
            boolean accusedNoticeLate,
            @Nullable LocalDate withdrawnOn,
            @Nullable WithdrawalForm withdrawalForm,
            boolean withdrawalPartial,
            @Nullable WithdrawalContinuation withdrawalContinuation,
            @Nullable LocalDate publicationDue,
            @Nullable LocalDate publishedOn,
            List<PublicationForm> publicationForms,
            boolean publicationLate) {}

    /**
     * What the accused is told (Luật Tố cáo 2018 Đ.29): the content of the denunciation, masked against the
     * denouncer's identity, and who accepted it when. Nothing of the denouncer.
     */
    public record AccusedNotice(
            String trackingCode,
            String bodyName,
            LocalDate acceptedOn,
            String accusedName,
            @Nullable String accusedPosition,
            @Nullable String accusedBody,
            String title,
            String content) {}

    private final PetitionHandling changes;
    private final Petitions petitions;
    private final LegalPaths paths;
    private final Deadlines deadlines;
    private final AnswerPublication publication;
    private final IdentityVault vault;
    private final OrganizationDirectory organization;
    private final PetitionPolicy policy;
    private final AuditTrail audit;

    DenunciationPaths(
            PetitionHandling changes,
            Petitions petitions,
            LegalPaths paths,
            Deadlines deadlines,
            AnswerPublication publication,
            IdentityVault vault,
            OrganizationDirectory organization,
            PetitionPolicy policy,
            AuditTrail audit) {
        this.changes = changes;
        this.petitions = petitions;
        this.paths = paths;
        this.deadlines = deadlines;
        this.publication = publication;
        this.vault = vault;
        this.organization = organization;
        this.policy = policy;
        this.audit = audit;
    }

    /** Luật Tố cáo 2018 Đ.24(1): 10 working days instead of 7, recorded before the 7 days run out. */
    public PetitionReference verificationAtSeveralPlaces(long petitionId, SeveralPlaces command, StaffMember staff) {
        String reason = required(command.reason(), "petition.several-places-reason-required");
        LocalDate on = pastOrToday(command.recordedOn());
        Petition petition = changes.apply(
                petitionId,
                staff,
                Action.PROCESS,
                Change.PROCESSING_EXTENDED,
                p -> p.verificationAtSeveralPlaces(
                        on, deadlines.initialProcessingDue(p.type(), false, true, p.receivedOn()), reason));
        paths.severalPlaces(petitionId, on, reason);
        return PetitionIntake.reference(petition);
    }

    public PetitionReference recordAccused(long petitionId, AccusedPerson command, StaffMember staff) {
        String name = required(command.name(), "petition.accused-name-required");
        String position = optional(command.position());
        String body = optional(command.body());
        Petition petition = changes.apply(
                petitionId,
                staff,
                Action.PROCESS,
                Change.ACCUSED_RECORDED,
                p -> p.accusedRecorded(
                        deadlines.today(),
                        String.join(
                                ", ",
                                java.util.stream.Stream.of(name, position, body)
                                        .filter(s -> s != null)
                                        .map(String::valueOf)
                                        .toList())));
        paths.accused(petitionId, name, position, body);
        return PetitionIntake.reference(petition);
    }

    /**
     * Records a notice of acceptance (Luật Tố cáo 2018 Đ.29), due 5 working days after the decision; a late one is
     * flagged on the timeline. The accused must be on record first: that is who the notice goes to.
     */
    public PetitionReference recordAcceptanceNotice(long petitionId, AcceptanceNotice command, StaffMember staff) {
        LocalDate on = pastOrToday(command.sentOn());
        LegalPaths.Facts facts = paths.facts(petitionId);
        boolean toAccused = command.recipient() == NoticeRecipient.ACCUSED;
        if (toAccused && facts.accusedName() == null) {
            throw DomainException.conflict("petition.accused-unknown");
        }
        if ((toAccused ? facts.accusedNotifiedOn() : facts.denouncerNotifiedOn()) != null) {
            throw DomainException.conflict("petition.notice-already-recorded");
        }
        Change change = toAccused ? Change.ACCUSED_NOTIFIED : Change.DENOUNCER_NOTIFIED;
        Petition petition = changes.apply(petitionId, staff, Action.RESOLVE, change, p -> {
            p.acceptanceNoticeSent(on, toAccused ? NoticeParty.ACCUSED : NoticeParty.PETITIONER);
            LocalDate due = deadlines.stepDue(
                    Step.ACCEPTANCE_NOTICE, p.type(), java.util.Objects.requireNonNull(p.decidedOn()));
            if (on.isAfter(due)) {
                p.stepLate(on, "ACCEPTANCE_NOTICE_" + command.recipient().name(), due);
            }
        });
        if (toAccused) {
            paths.accusedNotified(petitionId, on);
        } else {
            paths.denouncerNotified(petitionId, on);
        }
        return PetitionIntake.reference(petition);
    }

    /** The notice to the accused, as it is sent: content only, masked against the denouncer's identity. */
    @Transactional(readOnly = true)
    public AccusedNotice accusedNotice(long petitionId, StaffMember staff) {
        Petition petition = visible(petitionId, staff);
        LegalPaths.Facts facts = paths.facts(petitionId);
        LocalDate acceptedOn = petition.decidedOn();
        if (petition.type() != PetitionType.DENUNCIATION
                || petition.decision() != Decision.ACCEPT
                || acceptedOn == null) {
            throw DomainException.conflict("petition.not-accepted");
        }
        String accused = facts.accusedName();
        if (accused == null) {
            throw DomainException.conflict("petition.accused-unknown");
        }
        List<String> personal = petition.identityCiphertext() == null
                ? List.of()
                : PersonalDataMask.personalStrings(vault.open(petition.identityCiphertext()));
        return new AccusedNotice(
                petition.trackingCode(),
                organization.bodyNames().getOrDefault(petition.bodyId(), ""),
                acceptedOn,
                accused,
                facts.accusedPosition(),
                facts.accusedBody(),
                PersonalDataMask.mask(petition.title(), personal),
                PersonalDataMask.mask(petition.content(), personal));
    }

    /**
     * Records a withdrawal (Luật Tố cáo 2018 Đ.33; NĐ 31/2019 Đ.4 am. NĐ 156/2026, Mẫu 02 / Mẫu 03): resolution
     * continues for a recorded reason; otherwise it is terminated (đình chỉ) with withdrawal as its outcome.
     */
    public PetitionReference withdraw(long petitionId, Withdrawal command, StaffMember staff) {
        LocalDate on = pastOrToday(command.withdrawnOn());
        WithdrawalContinuation continuation = command.continuation();
        Petition petition = changes.apply(petitionId, staff, Action.RESOLVE, Change.WITHDRAWN, p -> {
            p.withdraw(
                    on,
                    command.form().name(),
                    command.partial(),
                    continuation == null ? null : continuation.name(),
                    command.note());
            if (p.state() == PetitionState.RESOLVED) {
                // The decision to terminate is sent like a conclusion: to the denouncer, and to the body
                // that transferred the case.
                if (!p.anonymous()) {
                    p.noticeSent(on, NoticeParty.PETITIONER);
                }
                if (p.mustReportResult()) {
                    p.noticeSent(on, NoticeParty.TRANSFERRING_BODY);
                }
            }
        });
        paths.withdrawn(
                petitionId,
                on,
                command.form().name(),
                command.partial(),
                continuation == null ? null : continuation.name());
        return PetitionIntake.reference(petition);
    }

    /**
     * Records the publication of the conclusion (Luật Tố cáo 2018 Đ.40), due 7 working days after it; on the portal
     * it appears among the public answers without anything of the denouncer.
     */
    public PetitionReference publishConclusion(long petitionId, Publication command, StaffMember staff) {
        if (command.forms() == null || command.forms().isEmpty()) {
            throw DomainException.invalid("petition.publication-form-required");
        }
        LocalDate on = pastOrToday(command.publishedOn());
        if (paths.facts(petitionId).publishedOn() != null) {
            throw DomainException.conflict("petition.conclusion-already-published");
        }
        List<PublicationForm> forms = List.copyOf(EnumSet.copyOf(command.forms()));
        String names = String.join(", ", forms.stream().map(Enum::name).toList());
        Petition petition = changes.apply(petitionId, staff, Action.RESOLVE, Change.CONCLUSION_PUBLISHED, p -> {
            p.conclusionPublished(on, names);
            LocalDate due = deadlines.stepDue(
                    Step.CONCLUSION_PUBLICATION, p.type(), java.util.Objects.requireNonNull(p.resolvedOn()));
            if (on.isAfter(due)) {
                p.stepLate(on, "CONCLUSION_PUBLICATION", due);
            }
        });
        paths.published(petitionId, on, forms.stream().map(Enum::name).toList());
        if (forms.contains(PublicationForm.PORTAL)) {
            String conclusion = paths.conclusion(petitionId).orElse("");
            publication.publishConclusion(petition, conclusion, on);
        }
        return PetitionIntake.reference(petition);
    }

    /** NĐ 20/2008/NĐ-CP am. NĐ 92/2017: feedback on administrative regulations, to be routed within 5 working days. */
    public PetitionReference markRegulationFeedback(long petitionId, StaffMember staff) {
        if (paths.facts(petitionId).regulationFeedback()) {
            throw DomainException.conflict("petition.regulation-feedback-already-marked");
        }
        Petition petition = changes.apply(
                petitionId,
                staff,
                Action.PROCESS,
                Change.REGULATION_FEEDBACK_MARKED,
                p -> p.aboutAdministrativeRegulations(deadlines.today()));
        paths.regulationFeedback(petitionId);
        return PetitionIntake.reference(petition);
    }

    /** The legal path of a case as staff in scope see it. */
    @Transactional(readOnly = true)
    public LegalPathView legalPath(long petitionId, StaffMember staff) {
        return view(visible(petitionId, staff), paths.facts(petitionId));
    }

    /**
     * Called by processing when a petition is transferred: a denunciation, or regulation feedback, transferred after
     * its 5 working days is flagged, and a denouncer is told of the transfer (Luật Tố cáo 2018 Đ.24(2); NĐ 20/2008
     * Đ.9). Runs inside the change, before the petition is written.
     */
    void transferred(Petition petition, LocalDate on, boolean regulationFeedback) {
        LocalDate due = transferDue(petition, regulationFeedback);
        if (due != null && on.isAfter(due)) {
            petition.stepLate(on, "TRANSFER", due);
        }
        if (petition.type() == PetitionType.DENUNCIATION && !petition.anonymous()) {
            petition.noticeSent(on, NoticeParty.PETITIONER);
        }
    }

    boolean regulationFeedback(long petitionId) {
        return paths.facts(petitionId).regulationFeedback();
    }

    void regulationFeedbackCarriedTo(long copyId) {
        paths.regulationFeedback(copyId);
        audit.record("petition.regulation_feedback_marked", "petition", copyId, Map.of("carriedOver", true));
    }

    /** Whether the 10-working-day variant was recorded, so a reclassification keeps it for a denunciation. */
    boolean verificationAtSeveralPlacesRecorded(long petitionId) {
        return paths.facts(petitionId).severalPlacesReason() != null;
    }

    private @Nullable LocalDate transferDue(Petition p, boolean regulationFeedback) {
        if (p.type() == PetitionType.DENUNCIATION) {
            return deadlines.stepDue(Step.TRANSFER_OUTSIDE_JURISDICTION, p.type(), p.receivedOn());
        }
        if (regulationFeedback) {
            return deadlines.stepDue(Step.REGULATION_FEEDBACK_TRANSFER, p.type(), p.receivedOn());
        }
        return null;
    }

    private LegalPathView view(Petition p, LegalPaths.Facts facts) {
        LocalDate today = deadlines.today();
        boolean denunciation = p.type() == PetitionType.DENUNCIATION;
        LocalDate transferDue = p.state() == PetitionState.RECEIVED || p.decision() == Decision.TRANSFER
                ? transferDue(p, facts.regulationFeedback())
                : null;
        boolean transferLate = transferDue != null
                && p.decision() == Decision.TRANSFER
                && p.decidedOn() != null
                && p.decidedOn().isAfter(transferDue);
        LocalDate noticeDue = denunciation && p.decision() == Decision.ACCEPT && p.decidedOn() != null
                ? deadlines.stepDue(Step.ACCEPTANCE_NOTICE, p.type(), p.decidedOn())
                : null;
        LocalDate publicationDue =
                denunciation && p.resolvedOn() != null && p.outcome() != null && p.outcome() != Outcome.WITHDRAWN
                        ? deadlines.stepDue(Step.CONCLUSION_PUBLICATION, p.type(), p.resolvedOn())
                        : null;
        return new LegalPathView(
                denunciation,
                facts.regulationFeedback(),
                denunciation
                        && p.state() == PetitionState.RECEIVED
                        && p.relation() != Relation.RE_DENUNCIATION_OF
                        && facts.severalPlacesReason() == null
                        && !today.isAfter(p.processingDue()),
                facts.severalPlacesReason(),
                facts.severalPlacesOn(),
                transferDue,
                transferLate,
                facts.accusedName(),
                facts.accusedPosition(),
                facts.accusedBody(),
                noticeDue,
                facts.denouncerNotifiedOn(),
                facts.accusedNotifiedOn(),
                late(noticeDue, facts.denouncerNotifiedOn(), today) && !p.anonymous(),
                late(noticeDue, facts.accusedNotifiedOn(), today),
                facts.withdrawnOn(),
                facts.withdrawalForm() == null ? null : WithdrawalForm.valueOf(facts.withdrawalForm()),
                facts.withdrawalPartial(),
                facts.withdrawalContinuation() == null
                        ? null
                        : WithdrawalContinuation.valueOf(facts.withdrawalContinuation()),
                publicationDue,
                facts.publishedOn(),
                facts.publicationForms().stream().map(PublicationForm::valueOf).toList(),
                late(publicationDue, facts.publishedOn(), today));
    }

    /** Done after its due date, or not done and the due date has passed. */
    private static boolean late(@Nullable LocalDate due, @Nullable LocalDate done, LocalDate today) {
        if (due == null) {
            return false;
        }
        return done == null ? today.isAfter(due) : done.isAfter(due);
    }

    private Petition visible(long petitionId, StaffMember staff) {
        Petition petition = petitions
                .find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, petition.bodyId(), petitionId);
        return petition;
    }

    private LocalDate pastOrToday(@Nullable LocalDate on) {
        LocalDate date = on == null ? deadlines.today() : on;
        if (date.isAfter(deadlines.today())) {
            throw DomainException.invalid("petition.date-in-future");
        }
        return date;
    }

    private static String required(@Nullable String value, String code) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(code);
        }
        return value.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
