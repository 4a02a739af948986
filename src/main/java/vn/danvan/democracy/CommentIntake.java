package vn.danvan.democracy;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.ConsultationCommands.NewComment;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.democracy.persistence.Consultations;
import vn.danvan.portal.CitizenAccountManagement;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/**
 * A signed-in citizen comments on an open draft on the portal, in their own name or for an organisation (Luật THDCCS
 * 2022 Đ.26: "thông qua Cổng thông tin điện tử"). Only between the first and the last day; the account's id is kept,
 * not its name. How often one may comment is limited at the door (CommentLimits).
 */
@Service
@Transactional
public class CommentIntake {

    private final Consultations consultations;
    private final ConsultationDrafting drafting;
    private final CitizenAccountManagement citizens;
    private final AuditTrail audit;

    CommentIntake(
            Consultations consultations,
            ConsultationDrafting drafting,
            CitizenAccountManagement citizens,
            AuditTrail audit) {
        this.consultations = consultations;
        this.drafting = drafting;
        this.citizens = citizens;
        this.audit = audit;
    }

    public long comment(String communeCode, long id, NewComment command, long citizenId, LocalDate today) {
        Consultation consultation = consultations
                .lock(id)
                .filter(c -> c.isPublic() && c.communeCode().equals(communeCode))
                .orElseThrow(() -> DomainException.notFound("consultation.unknown"));
        consultation.requireComments(today);
        if (citizens.find(citizenId).isEmpty()) {
            throw DomainException.forbidden("consultation.sign-in-required");
        }
        Long section = drafting.section(id, command.sectionId());
        String organisationName = ConsultationDrafting.organisation(command.authorKind(), command.organisationName());
        if (InputText.isBlank(command.body())) {
            throw DomainException.invalid("consultation.comment-required");
        }
        long comment = consultations.addComment(
                id,
                section,
                CommentChannel.PORTAL,
                command.authorKind(),
                citizenId,
                organisationName,
                null,
                InputText.accept(command.body().strip(), InputText.NOTE),
                null);
        consultations.recordEvent(id, "COMMENTED", "citizen:" + citizenId, "#" + comment);
        audit.record(
                "consultation.commented",
                "consultation",
                id,
                Map.of(
                        "comment",
                        comment,
                        "citizen",
                        citizenId,
                        "kind",
                        command.authorKind().name()));
        return comment;
    }
}
