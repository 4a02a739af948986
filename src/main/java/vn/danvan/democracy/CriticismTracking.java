package vn.danvan.democracy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.ConsultationCommands.Answer;
import vn.danvan.democracy.ConsultationCommands.CriticismDocument;
import vn.danvan.democracy.ConsultationCommands.Done;
import vn.danvan.democracy.ConsultationCommands.StartCriticism;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.democracy.domain.ConsultationEvent;
import vn.danvan.democracy.domain.ConsultationRules;
import vn.danvan.democracy.domain.Criticism;
import vn.danvan.democracy.domain.CriticismRecommendation;
import vn.danvan.democracy.domain.DisclosurePolicy;
import vn.danvan.democracy.persistence.Consultations;
import vn.danvan.democracy.persistence.Criticisms;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.LawfulDates;

/**
 * The Fatherland Front's social criticism of a draft (phản biện xã hội — Luật MTTQ 2015 Đ.33–36, QĐ 217-QĐ/TW, NQLT
 * 403/2017): the Front of the draft's commune (or province), by its mobilisation staff, records the draft received and
 * its planned submission (a lead under 15 days is flagged, Đ.36), the conference with its participants and experts,
 * and the document of criticism with its recommendations; the drafting body replies in writing to each (accepted or
 * explained) by the day due; the Front follows each to done. Overdue replies are flagged.
 */
@Service
@Transactional
public class CriticismTracking {

    private final Criticisms criticisms;
    private final Consultations consultations;
    private final ConsultationRules rules;
    private final DisclosurePolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    CriticismTracking(
            Criticisms criticisms,
            Consultations consultations,
            ConsultationRules rules,
            DisclosurePolicy policy,
            OrganizationDirectory organization,
            AuditTrail audit) {
        this.criticisms = criticisms;
        this.consultations = consultations;
        this.rules = rules;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    public long start(long consultationId, StartCriticism command, LocalDate today, StaffMember staff) {
        Consultation consultation =
                consultations.lock(consultationId).orElseThrow(() -> DomainException.notFound("consultation.unknown"));
        Body front = requireFront(command.frontBodyId(), staff);
        if (!covers(front, consultation)) {
            throw DomainException.invalid("criticism.front-elsewhere");
        }
        LawfulDates.check(command.draftReceivedOn());
        if (command.draftReceivedOn().isAfter(today)) {
            throw DomainException.invalid("criticism.received-in-future");
        }
        if (command.submissionOn() != null) {
            LawfulDates.check(command.submissionOn());
            if (command.submissionOn().isBefore(command.draftReceivedOn())) {
                throw DomainException.invalid("criticism.submission-before-receipt");
            }
        }
        long id = criticisms.add(
                consultationId,
                front.id(),
                command.form(),
                command.draftReceivedOn(),
                command.submissionOn(),
                staff.username());
        boolean late = ConsultationRules.sentLate(command.draftReceivedOn(), command.submissionOn());
        criticisms.recordEvent(id, "STARTED", staff.username(), command.form() + (late ? " · LATE_DRAFT" : ""));
        audit.record(
                "criticism.started",
                "criticism",
                id,
                Map.of("consultation", consultationId, "front", front.id(), "lateDraft", late));
        return id;
    }

    /** The conference held and the document of criticism issued, with its recommendations; its reply falls due. */
    public Criticism issueDocument(long id, CriticismDocument command, LocalDate today, StaffMember staff) {
        Criticism criticism = lockedForFront(id, staff);
        if (criticism.documentIssued()) {
            throw DomainException.conflict("criticism.document-issued");
        }
        LawfulDates.check(command.documentDate());
        if (command.documentDate().isAfter(today)) {
            throw DomainException.invalid("criticism.document-in-future");
        }
        if (command.documentDate().isBefore(criticism.draftReceivedOn())) {
            throw DomainException.invalid("criticism.document-before-receipt");
        }
        if (command.conferenceOn() != null) {
            LawfulDates.check(command.conferenceOn());
            if (command.conferenceOn().isAfter(command.documentDate())) {
                throw DomainException.invalid("criticism.conference-after-document");
            }
        }
        List<String> recommendations = new ArrayList<>();
        for (String line : command.recommendations()) {
            if (!InputText.isBlank(line)) {
                recommendations.add(InputText.accept(line.strip(), InputText.NOTE));
            }
        }
        if (recommendations.isEmpty()) {
            throw DomainException.invalid("criticism.recommendation-required");
        }
        CriticismDocument cleaned = new CriticismDocument(
                command.conferenceOn(),
                clean(command.conferencePlace(), InputText.LINE),
                clean(command.participants(), InputText.NOTE),
                clean(command.experts(), InputText.NOTE),
                InputText.accept(command.documentNumber().strip(), 100),
                command.documentDate(),
                recommendations);
        LocalDate due = rules.replyDue(command.documentDate());
        criticisms.document(id, cleaned, recommendations, due);
        criticisms.recordEvent(
                id,
                "DOCUMENT_ISSUED",
                staff.username(),
                cleaned.documentNumber() + " · " + recommendations.size() + " · " + due);
        audit.record(
                "criticism.document-issued",
                "criticism",
                id,
                Map.of("recommendations", recommendations.size(), "replyDue", due.toString()));
        return criticisms.find(id).orElseThrow();
    }

    /** The drafting body's written reply to one recommendation (Luật MTTQ 2015 Đ.36). */
    public void reply(long id, long recommendationId, Answer command, LocalDate today, StaffMember staff) {
        Criticism criticism = criticisms.lock(id).orElseThrow(() -> DomainException.notFound("criticism.unknown"));
        Consultation consultation =
                consultations.find(criticism.consultationId()).orElseThrow();
        policy.requireWork(staff, consultation.bodyId());
        CriticismRecommendation recommendation = recommendation(id, recommendationId);
        if (recommendation.repliedOn() != null) {
            throw DomainException.conflict("criticism.replied");
        }
        criticisms.reply(
                recommendationId,
                command.verdict(),
                InputText.accept(command.text().strip(), InputText.NOTE),
                today,
                staff.username());
        boolean late = criticism.replyDueOn() != null && today.isAfter(criticism.replyDueOn());
        criticisms.recordEvent(
                id,
                "REPLIED",
                staff.username(),
                "#" + recommendation.position() + " · " + command.verdict() + (late ? " · LATE" : ""));
        audit.record(
                "criticism.replied",
                "criticism",
                id,
                Map.of(
                        "recommendation",
                        recommendationId,
                        "verdict",
                        command.verdict().name(),
                        "late",
                        late));
    }

    /** The Front confirms a replied recommendation carried out. */
    public void done(long id, long recommendationId, Done command, LocalDate today, StaffMember staff) {
        lockedForFront(id, staff);
        CriticismRecommendation recommendation = recommendation(id, recommendationId);
        if (recommendation.repliedOn() == null) {
            throw DomainException.conflict("criticism.not-replied");
        }
        if (recommendation.doneOn() != null) {
            throw DomainException.conflict("criticism.done-already");
        }
        LawfulDates.check(command.doneOn());
        if (command.doneOn().isAfter(today) || command.doneOn().isBefore(recommendation.repliedOn())) {
            throw DomainException.invalid("criticism.done-date-invalid");
        }
        criticisms.done(recommendationId, command.doneOn(), clean(command.note(), InputText.NOTE));
        criticisms.recordEvent(id, "DONE", staff.username(), "#" + recommendation.position());
        audit.record("criticism.done", "criticism", id, Map.of("recommendation", recommendationId));
    }

    // ---- reads --------------------------------------------------------------------------------------

    /** The criticism, for the Front that made it and for the drafting body. */
    @Transactional(readOnly = true)
    public Criticism criticism(long id, StaffMember staff) {
        Criticism criticism = criticisms.find(id).orElseThrow(() -> DomainException.notFound("criticism.unknown"));
        Consultation consultation =
                consultations.find(criticism.consultationId()).orElseThrow();
        if (!staff.inScope(criticism.frontBodyId()) && !staff.inScope(consultation.bodyId())) {
            throw DomainException.forbidden("democracy.out-of-scope");
        }
        return criticism;
    }

    @Transactional(readOnly = true)
    public List<Criticism> ofConsultation(long consultationId) {
        return criticisms.ofConsultation(consultationId);
    }

    @Transactional(readOnly = true)
    public List<CriticismRecommendation> recommendations(long id) {
        return criticisms.recommendations(id);
    }

    @Transactional(readOnly = true)
    public List<ConsultationEvent> timeline(long id) {
        return criticisms.timeline(id);
    }

    /** The Fronts the staff member may act for. */
    @Transactional(readOnly = true)
    public List<Body> frontsInScope(StaffMember staff) {
        if (!staff.has(Role.MOBILISATION_STAFF)) {
            return List.of();
        }
        return organization.bodies().stream()
                .filter(b -> b.kind() == BodyKind.FATHERLAND_FRONT && staff.inScope(b.id()))
                .toList();
    }

    /** The drafts of the communes the staff member's Fronts cover, newest first. */
    @Transactional(readOnly = true)
    public List<Consultation> draftsForFront(StaffMember staff) {
        List<Body> fronts = frontsInScope(staff);
        if (fronts.isEmpty()) {
            return List.of();
        }
        List<Long> committees = organization.bodies().stream()
                .filter(DisclosurePolicy::isPublisher)
                .filter(b -> fronts.stream().anyMatch(f -> covers(f, b.provinceCode(), b.communeCode())))
                .map(Body::id)
                .toList();
        return committees.isEmpty() ? List.of() : consultations.of(committees, 500);
    }

    @Transactional(readOnly = true)
    public Consultation consultationOf(Criticism criticism) {
        return consultations.find(criticism.consultationId()).orElseThrow();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private Body requireFront(long frontBodyId, StaffMember staff) {
        Body front =
                organization.body(frontBodyId).orElseThrow(() -> DomainException.invalid("democracy.body-unknown"));
        if (front.kind() != BodyKind.FATHERLAND_FRONT) {
            throw DomainException.invalid("criticism.not-a-front", front.name());
        }
        if (!staff.inScope(front.id())) {
            audit.recordRefusal("criticism.refused", "body", front.id(), Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("democracy.out-of-scope");
        }
        if (!staff.has(Role.MOBILISATION_STAFF)) {
            throw DomainException.forbidden("criticism.role-required");
        }
        return front;
    }

    private Criticism lockedForFront(long id, StaffMember staff) {
        Criticism criticism = criticisms.lock(id).orElseThrow(() -> DomainException.notFound("criticism.unknown"));
        requireFront(criticism.frontBodyId(), staff);
        return criticism;
    }

    private CriticismRecommendation recommendation(long id, long recommendationId) {
        return criticisms.recommendations(id).stream()
                .filter(r -> r.id() == recommendationId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("criticism.recommendation-unknown"));
    }

    private static boolean covers(Body front, Consultation consultation) {
        return covers(front, consultation.provinceCode(), consultation.communeCode());
    }

    /** A commune's Front covers its commune; a province's Front (no commune) every commune of the province. */
    private static boolean covers(Body front, @Nullable String provinceCode, @Nullable String communeCode) {
        if (front.communeCode() != null) {
            return front.communeCode().equals(communeCode);
        }
        return front.provinceCode() != null && front.provinceCode().equals(provinceCode);
    }

    private static @Nullable String clean(@Nullable String text, int longest) {
        return InputText.isBlank(text) ? null : InputText.accept(text.strip(), longest);
    }
}
