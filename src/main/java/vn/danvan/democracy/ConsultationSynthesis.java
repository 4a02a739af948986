package vn.danvan.democracy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.ConsultationCommands.Synthesis;
import vn.danvan.democracy.domain.Comment;
import vn.danvan.democracy.domain.CommentGroup;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.democracy.domain.ConsultationFigures;
import vn.danvan.democracy.domain.ConsultationStatus;
import vn.danvan.democracy.domain.ConsultationSynthesisPdf;
import vn.danvan.democracy.persistence.Consultations;
import vn.danvan.notification.Mailings;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.portal.CitizenAccountManagement;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/**
 * The synthesis of a closed consultation (báo cáo tổng hợp, tiếp thu, giải trình — Luật THDCCS 2022 Đ.29): once every
 * visible comment is in a group and every group answered, it is generated as a PDF, published on the portal and as a
 * disclosure of the commune in the category "nội dung lấy ý kiến Nhân dân và kết quả tiếp thu" (Đ.11(11)), and each
 * citizen who commented on the portal is told by e-mail (the address read from their account, never stored here).
 */
@Service
@Transactional
public class ConsultationSynthesis {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Consultations consultations;
    private final ConsultationDrafting drafting;
    private final DisclosurePublishing disclosures;
    private final OrganizationDirectory organization;
    private final CitizenAccountManagement citizens;
    private final Mailings mailings;
    private final MessageSource messages;
    private final AuditTrail audit;

    ConsultationSynthesis(
            Consultations consultations,
            ConsultationDrafting drafting,
            DisclosurePublishing disclosures,
            OrganizationDirectory organization,
            CitizenAccountManagement citizens,
            Mailings mailings,
            MessageSource messages,
            AuditTrail audit) {
        this.consultations = consultations;
        this.drafting = drafting;
        this.disclosures = disclosures;
        this.organization = organization;
        this.citizens = citizens;
        this.mailings = mailings;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ConsultationFigures figures(long id) {
        return ConsultationFigures.of(consultations.comments(id), consultations.groups(id));
    }

    /** Visible comments not yet in a group, and groups not yet answered: what stands between the draft and its synthesis. */
    @Transactional(readOnly = true)
    public int unanswered(long id) {
        List<CommentGroup> groups = consultations.groups(id);
        long ungrouped = consultations.comments(id).stream()
                .filter(c -> !c.hidden() && c.groupId() == null)
                .count();
        long open = groups.stream().filter(g -> !g.answered()).count();
        return (int) (ungrouped + open);
    }

    public Consultation publish(long id, Synthesis command, LocalDate today, StaffMember staff) {
        Consultation consultation = drafting.locked(id, staff);
        consultation.requireClosedOn(today);
        int unanswered = unanswered(id);
        if (unanswered > 0) {
            throw DomainException.invalid("consultation.unanswered", unanswered);
        }
        String note = InputText.accept(command.note().strip(), InputText.NOTE);
        byte[] pdf = render(consultation, note, today);
        String title = InputText.accept(
                truncated(messages.getMessage(
                        "consultation.disclosure-title", new Object[] {consultation.title()}, VIETNAMESE)),
                InputText.LINE);
        long disclosure = disclosures.create(
                new DisclosureCommands.SaveDisclosure(
                        consultation.bodyId(), DisclosureCategory.CONSULTATION_RESULTS, title, note, null, today),
                today,
                staff);
        disclosures.attachDocument(disclosure, "bao-cao-tong-hop-y-kien.pdf", new ByteArrayInputStream(pdf), staff);
        disclosures.publish(
                disclosure, new DisclosureCommands.Publish(today, List.of(PublicationForm.PORTAL)), today, staff);
        consultations.synthesised(id, note, today, disclosure);
        int mailed = mailCommenters(consultation, today);
        consultations.recordEvent(id, "SYNTHESISED", staff.username(), today + " · " + mailed);
        audit.record(
                "consultation.synthesised",
                "consultation",
                id,
                Map.of("disclosure", disclosure, "mailed", mailed, "on", today.toString()));
        return consultations.find(id).orElseThrow();
    }

    /** The synthesis PDF: for anyone once published. */
    @Transactional(readOnly = true)
    public byte[] publishedPdf(String communeCode, long id) {
        Consultation consultation = drafting.published(communeCode, id);
        if (consultation.status() != ConsultationStatus.SYNTHESISED) {
            throw DomainException.notFound("consultation.synthesis-unknown");
        }
        return render(consultation, consultation.synthesisNote(), consultation.synthesisedOn());
    }

    /** The synthesis as it stands, for staff of the drafting body (a preview before it is published). */
    @Transactional(readOnly = true)
    public byte[] preview(long id, LocalDate today, StaffMember staff) {
        Consultation consultation = drafting.consultation(id, staff);
        return render(
                consultation,
                consultation.synthesisNote(),
                consultation.synthesisedOn() == null ? today : consultation.synthesisedOn());
    }

    private byte[] render(
            Consultation consultation,
            @org.jspecify.annotations.Nullable String note,
            @org.jspecify.annotations.Nullable LocalDate on) {
        List<Comment> comments = consultations.comments(consultation.id());
        List<CommentGroup> groups = consultations.groups(consultation.id());
        List<ConsultationSynthesisPdf.GroupLines> lines = new ArrayList<>();
        for (CommentGroup group : groups) {
            lines.add(new ConsultationSynthesisPdf.GroupLines(
                    group,
                    comments.stream()
                            .filter(c -> !c.hidden() && Long.valueOf(group.id()).equals(c.groupId()))
                            .map(ConsultationSynthesis::quoted)
                            .toList()));
        }
        String bodyName =
                organization.body(consultation.bodyId()).map(Body::name).orElse("");
        return ConsultationSynthesisPdf.render(
                bodyName,
                consultation,
                ConsultationFigures.of(comments, groups),
                lines,
                note,
                on == null ? LocalDate.now(vn.danvan.shared.VietnamTime.ZONE) : on);
    }

    private static String quoted(Comment comment) {
        String by = comment.organisationName() == null ? "" : comment.organisationName() + ": ";
        return by + comment.body();
    }

    private int mailCommenters(Consultation consultation, LocalDate today) {
        String communeName = organization
                .commune(consultation.communeCode())
                .map(AdministrativeUnit::fullName)
                .orElse(consultation.communeCode());
        String link = mailings.link(
                "/portal/consultations/" + consultation.communeCode() + "/" + consultation.id() + "#synthesis");
        int mailed = 0;
        for (Long citizenId : consultations.commenters(consultation.id())) {
            var citizen = citizens.find(citizenId).orElse(null);
            if (citizen == null || citizen.email() == null) {
                continue;
            }
            Object[] args = {consultation.title(), communeName, DATE.format(today), link};
            mailings.email(
                    "consultation:" + consultation.id() + ":SYNTHESISED:" + citizenId,
                    citizen.email(),
                    messages.getMessage("consultation.mail.synthesis.subject", args, VIETNAMESE),
                    messages.getMessage("consultation.mail.synthesis", args, VIETNAMESE));
            mailed++;
        }
        return mailed;
    }

    private static String truncated(String text) {
        return text.length() <= InputText.LINE ? text : text.substring(0, InputText.LINE - 1) + "…";
    }
}
