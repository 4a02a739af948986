package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.IdentityVault;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.petition.persistence.Notices;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * The written notices of a case (issued by the petition module when a fact requires one, see {@link NoticeKind}):
 * listed to staff in scope, downloaded as PDF — a copy naming a sealed identity (a denouncer's) only by staff
 * holding the identity permission, every download audited — and handed to notifications for delivery.
 */
@Service
@Transactional
public class CaseNotices {

    /** A notice as its case lists it. */
    public record Notice(
            long id,
            NoticeKind kind,
            NoticeAddressee addressee,
            String number,
            String title,
            @Nullable String form,
            LocalDate issuedOn,
            boolean namesIdentity,
            boolean confidential) {}

    /** A notice's document. */
    public record NoticeFile(String fileName, byte[] pdf) {}

    /** How to reach a petitioner, opened from their sealed identity at the moment of sending; never stored. */
    public record PetitionerContact(
            @Nullable String email, @Nullable String phone) {}

    private final Notices notices;
    private final Petitions petitions;
    private final PetitionPolicy policy;
    private final IdentityVault vault;
    private final AuditTrail audit;

    CaseNotices(Notices notices, Petitions petitions, PetitionPolicy policy, IdentityVault vault, AuditTrail audit) {
        this.notices = notices;
        this.petitions = petitions;
        this.policy = policy;
        this.vault = vault;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Notice> of(long petitionId, StaffMember staff) {
        Petition petition = visible(petitionId, staff);
        boolean sealed = PetitionPolicy.sealed(petition);
        return notices.of(petitionId).stream()
                .map(n -> new Notice(
                        n.id(),
                        n.kind(),
                        n.addressee(),
                        n.number(),
                        n.title(),
                        n.form(),
                        n.issuedOn(),
                        n.namesIdentity(),
                        sealed && n.namesIdentity()))
                .toList();
    }

    /** A step of the escalation ladder taken on the case (the inspectorate told, if any). */
    public record EscalationStep(
            LocalDate due,
            int step,
            LocalDate takenOn,
            @Nullable Long inspectorateId) {}

    @Transactional(readOnly = true)
    public List<EscalationStep> escalations(long petitionId, StaffMember staff) {
        visible(petitionId, staff);
        return notices.steps(petitionId).stream()
                .map(s -> new EscalationStep(s.due(), s.step(), s.takenOn(), s.targetBody()))
                .toList();
    }

    /**
     * The PDF of a notice for a staff member in scope of its case. A copy that names a sealed identity opens only
     * with the identity permission (read now), audited as {@code petition.identity-viewed}, a refusal as
     * {@code petition.identity-refused}; every download as {@code petition.notice-downloaded}.
     */
    public NoticeFile download(long petitionId, long noticeId, StaffMember staff) {
        Petition petition = visible(petitionId, staff);
        Notices.Stored stored = notices.find(noticeId)
                .filter(n -> n.notice().petitionId() == petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.notice-not-found", noticeId));
        if (stored.notice().namesIdentity() && PetitionPolicy.sealed(petition)) {
            if (!policy.mayViewIdentity(staff, petition)) {
                audit.recordRefusal("petition.identity-refused", "petition", petitionId, Map.of("notice", noticeId));
                throw DomainException.forbidden("petition.identity-confidential");
            }
            audit.record("petition.identity-viewed", "petition", petitionId, Map.of("notice", noticeId));
        }
        audit.record("petition.notice-downloaded", "petition", petitionId, Map.of("notice", noticeId));
        return file(petition, stored);
    }

    /** The PDF of a notice for delivery to its addressee, by the system (the dispatcher), never for a screen. */
    @Transactional(readOnly = true)
    public Optional<NoticeFile> forDelivery(long noticeId) {
        return notices.find(noticeId)
                .flatMap(stored -> petitions.find(stored.notice().petitionId()).map(p -> file(p, stored)));
    }

    /**
     * The e-mail address and phone number the petitioner gave, from their sealed identity, for the system to send
     * them a notice now; empty for an anonymous petition or one without either.
     */
    @Transactional(readOnly = true)
    public Optional<PetitionerContact> petitionerContact(long petitionId) {
        return petitions
                .find(petitionId)
                .filter(p -> !p.anonymous())
                .map(Petition::identityCiphertext)
                .map(vault::open)
                .map(identity -> new PetitionerContact(blankToNull(identity.email()), blankToNull(identity.phone())))
                .filter(contact -> contact.email() != null || contact.phone() != null);
    }

    private NoticeFile file(Petition petition, Notices.Stored stored) {
        String name = petition.trackingCode() + "-" + stored.notice().kind().template() + "-"
                + stored.notice().number().replaceAll("[^\\p{L}\\p{N}-]+", "-") + ".pdf";
        return new NoticeFile(name, vault.openDocument(stored.documentSealed()));
    }

    private Petition visible(long petitionId, StaffMember staff) {
        Petition petition = petitions
                .find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, petition.bodyId(), petitionId);
        return petition;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
