package vn.danvan.democracy;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.ConsultationCommands.Answer;
import vn.danvan.democracy.ConsultationCommands.DraftSection;
import vn.danvan.democracy.ConsultationCommands.EnteredComment;
import vn.danvan.democracy.ConsultationCommands.Group;
import vn.danvan.democracy.ConsultationCommands.Hide;
import vn.danvan.democracy.ConsultationCommands.Open;
import vn.danvan.democracy.ConsultationCommands.SaveDraft;
import vn.danvan.democracy.domain.Comment;
import vn.danvan.democracy.domain.CommentGroup;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.democracy.domain.ConsultationDocument;
import vn.danvan.democracy.domain.ConsultationEvent;
import vn.danvan.democracy.domain.ConsultationRules;
import vn.danvan.democracy.domain.ConsultationSection;
import vn.danvan.democracy.domain.DemocracySettings;
import vn.danvan.democracy.domain.DisclosurePolicy;
import vn.danvan.democracy.domain.DraftText;
import vn.danvan.democracy.persistence.Consultations;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.portal.CitizenAccountManagement;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.FileStore;
import vn.danvan.shared.InputText;

/**
 * Drafts put to the people of a commune (Luật THDCCS 2022 Đ.25–29), by the staff of its People's Committee: the draft
 * with its sections (typed, cut at its "Điều"/"Mục" headings, or read from a Word file) and documents, opened until a
 * day, closed; the comments of meetings and letters entered; comments hidden with a reason (never deleted), grouped
 * and answered. Every change is on the draft's timeline and audited in the same transaction.
 */
@Service
@Transactional
public class ConsultationDrafting {

    static final String DOCUMENTS_AREA = "consultation-documents";

    private final Consultations consultations;
    private final ConsultationRules rules;
    private final DisclosurePolicy policy;
    private final OrganizationDirectory organization;
    private final CitizenAccountManagement citizens;
    private final DemocracySettings settings;
    private final FileStore files;
    private final AuditTrail audit;

    ConsultationDrafting(
            Consultations consultations,
            ConsultationRules rules,
            DisclosurePolicy policy,
            OrganizationDirectory organization,
            CitizenAccountManagement citizens,
            DemocracySettings settings,
            FileStore files,
            AuditTrail audit) {
        this.consultations = consultations;
        this.rules = rules;
        this.policy = policy;
        this.organization = organization;
        this.citizens = citizens;
        this.settings = settings;
        this.files = files;
        this.audit = audit;
    }

    public long create(SaveDraft command, StaffMember staff) {
        Body body = DisclosurePolicy.requirePublisher(organization
                .body(command.bodyId())
                .orElseThrow(() -> DomainException.invalid("democracy.body-unknown")));
        policy.requireWork(staff, body.id());
        List<DraftSection> sections = checked(command.sections());
        long id = consultations.add(
                body.id(),
                Objects.requireNonNull(body.provinceCode()),
                Objects.requireNonNull(body.communeCode()),
                command.subject(),
                InputText.accept(command.title().strip(), InputText.LINE),
                command.summary() == null ? null : InputText.accept(command.summary(), InputText.LONGEST),
                staff.username());
        consultations.replaceSections(id, sections);
        consultations.recordEvent(id, "CREATED", staff.username(), sections.size() + " phần");
        audit.record(
                "consultation.created",
                "consultation",
                id,
                Map.of("body", body.id(), "subject", command.subject().name(), "sections", sections.size()));
        return id;
    }

    /** The draft's sections, replaced while it is still a draft. */
    public List<ConsultationSection> replaceSections(long id, List<DraftSection> sections, StaffMember staff) {
        Consultation consultation = locked(id, staff);
        consultation.requireDraft();
        List<DraftSection> checked = checked(sections);
        consultations.replaceSections(id, checked);
        consultations.recordEvent(id, "SECTIONS_REPLACED", staff.username(), checked.size() + " phần");
        audit.record("consultation.sections-replaced", "consultation", id, Map.of("sections", checked.size()));
        return consultations.sections(id);
    }

    /** The sections read from a Word file (.docx), cut at its headings. */
    public List<ConsultationSection> importDocx(long id, InputStream docx, StaffMember staff) {
        return replaceSections(id, DraftText.sectionsOfDocx(docx), staff);
    }

    public ConsultationDocument attachDocument(
            long id, @Nullable String fileName, InputStream content, StaffMember staff) {
        Consultation consultation = locked(id, staff);
        FileStore.Stored stored =
                files.store(DOCUMENTS_AREA, fileName, content, settings.maxDocumentBytes(), "democracy.document");
        ConsultationDocument document = consultations.addDocument(consultation.id(), stored, staff.username());
        consultations.recordEvent(id, "DOCUMENT_ADDED", staff.username(), stored.fileName());
        audit.record(
                "consultation.document-added",
                "consultation",
                id,
                Map.of("document", document.id(), "size", stored.size()));
        return document;
    }

    /** Opens the draft for comments; its last day moves off a day off (Bộ luật Dân sự 2015 Đ.148(5)). */
    public Consultation open(long id, Open command, LocalDate today, StaffMember staff) {
        Consultation consultation = locked(id, staff);
        consultation.requireDraft();
        LocalDate closesOn = rules.closingDay(command.opensOn(), command.closesOn(), today);
        consultations.opened(id, command.opensOn(), closesOn);
        consultations.recordEvent(id, "OPENED", staff.username(), command.opensOn() + " → " + closesOn);
        audit.record(
                "consultation.opened",
                "consultation",
                id,
                Map.of("opens", command.opensOn().toString(), "closes", closesOn.toString()));
        return consultations.find(id).orElseThrow();
    }

    /** Closes comments today, before the last day if staff decide so. */
    public Consultation close(long id, LocalDate today, StaffMember staff) {
        Consultation consultation = locked(id, staff);
        if (!consultation.takesCommentsOn(today)) {
            throw DomainException.conflict("consultation.not-open");
        }
        consultations.closed(id, today);
        consultations.recordEvent(id, "CLOSED", staff.username(), today.toString());
        audit.record("consultation.closed", "consultation", id, Map.of("on", today.toString()));
        return consultations.find(id).orElseThrow();
    }

    /**
     * A comment from a meeting or a letter, entered by staff while the draft is open or after it closed (a meeting of
     * the last day), until the synthesis is out.
     */
    public long enterComment(long id, EnteredComment command, LocalDate today, StaffMember staff) {
        Consultation consultation = locked(id, staff);
        consultation.requireAnswerable();
        if (command.channel() == CommentChannel.PORTAL) {
            throw DomainException.invalid("consultation.channel-portal");
        }
        if (consultation.opensOn() != null && today.isBefore(consultation.opensOn())) {
            throw DomainException.conflict(
                    "consultation.not-yet-open",
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(consultation.opensOn()));
        }
        Long section = section(id, command.sectionId());
        String organisationName = organisation(command.authorKind(), command.organisationName());
        long comment = consultations.addComment(
                id,
                section,
                command.channel(),
                command.authorKind(),
                null,
                organisationName,
                InputText.accept(command.sourceNote().strip(), InputText.LINE),
                InputText.accept(command.body().strip(), InputText.NOTE),
                staff.username());
        consultations.recordEvent(id, "COMMENT_ENTERED", staff.username(), "#" + comment + " · " + command.channel());
        audit.record(
                "consultation.comment-entered",
                "consultation",
                id,
                Map.of("comment", comment, "channel", command.channel().name()));
        return comment;
    }

    /** Hides a comment from the public with the reason; it stays in the record and in the figures as hidden. */
    public void hide(long id, long commentId, Hide command, StaffMember staff) {
        Consultation consultation = locked(id, staff);
        consultation.requireAnswerable();
        Comment comment = consultations
                .comment(id, commentId)
                .orElseThrow(() -> DomainException.notFound("consultation.comment-unknown"));
        if (comment.hidden()) {
            throw DomainException.conflict("consultation.comment-hidden");
        }
        String reason = InputText.accept(command.reason().strip(), InputText.LINE);
        consultations.hide(commentId, reason, staff.username());
        consultations.recordEvent(id, "COMMENT_HIDDEN", staff.username(), "#" + commentId + " · " + reason);
        audit.record("consultation.comment-hidden", "consultation", id, Map.of("comment", commentId));
    }

    /** Gathers visible, ungrouped comments under a title. */
    public long group(long id, Group command, StaffMember staff) {
        Consultation consultation = locked(id, staff);
        consultation.requireAnswerable();
        Map<Long, Comment> comments = new HashMap<>();
        consultations.comments(id).forEach(c -> comments.put(c.id(), c));
        Set<Long> ids = new HashSet<>(command.commentIds());
        for (Long commentId : ids) {
            Comment comment = comments.get(commentId);
            if (comment == null) {
                throw DomainException.invalid("consultation.comment-unknown");
            }
            if (comment.hidden()) {
                throw DomainException.invalid("consultation.comment-hidden");
            }
            if (comment.groupId() != null) {
                throw DomainException.conflict("consultation.comment-grouped", commentId);
            }
        }
        String title = InputText.accept(command.title().strip(), InputText.LINE);
        long group = consultations.addGroup(id, title, List.copyOf(ids));
        consultations.recordEvent(id, "GROUPED", staff.username(), title + " · " + ids.size());
        audit.record("consultation.grouped", "consultation", id, Map.of("group", group, "comments", ids.size()));
        return group;
    }

    /** The drafting body's answer to a group: accepted or explained, with its text; it may be rewritten until the synthesis. */
    public void answer(long id, long groupId, Answer command, StaffMember staff) {
        Consultation consultation = locked(id, staff);
        consultation.requireAnswerable();
        CommentGroup group = consultations.groups(id).stream()
                .filter(g -> g.id() == groupId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("consultation.group-unknown"));
        consultations.answer(
                group.id(),
                command.verdict(),
                InputText.accept(command.text().strip(), InputText.NOTE),
                staff.username());
        consultations.recordEvent(id, "ANSWERED", staff.username(), group.title() + " · " + command.verdict());
        audit.record(
                "consultation.answered",
                "consultation",
                id,
                Map.of("group", group.id(), "verdict", command.verdict().name()));
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Consultation consultation(long id, StaffMember staff) {
        Consultation consultation = known(id);
        DisclosurePolicy.requireVisible(staff, consultation.bodyId());
        return consultation;
    }

    /** Drafts of the communes' committees in the staff member's scope, newest first; at most 500. */
    @Transactional(readOnly = true)
    public List<Consultation> list(StaffMember staff) {
        List<Long> bodies = publishersInScope(staff).stream().map(Body::id).toList();
        return bodies.isEmpty() ? List.of() : consultations.of(bodies, 500);
    }

    @Transactional(readOnly = true)
    public List<Body> publishersInScope(StaffMember staff) {
        return organization.bodies().stream()
                .filter(DisclosurePolicy::isPublisher)
                .filter(b -> staff.inScope(b.id()))
                .toList();
    }

    /** An opened draft of a commune, for anyone. */
    @Transactional(readOnly = true)
    public Consultation published(String communeCode, long id) {
        return consultations
                .find(id)
                .filter(c -> c.isPublic() && c.communeCode().equals(communeCode))
                .orElseThrow(() -> DomainException.notFound("consultation.unknown"));
    }

    @Transactional(readOnly = true)
    public List<Consultation> publicIn(String communeCode) {
        return consultations.publicIn(communeCode, 200);
    }

    @Transactional(readOnly = true)
    public List<Consultation> openOn(LocalDate today) {
        return consultations.openOn(today, 200);
    }

    @Transactional(readOnly = true)
    public List<ConsultationSection> sections(long id) {
        return consultations.sections(id);
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(long id) {
        return consultations.comments(id);
    }

    /** The comments the public sees: none hidden. */
    @Transactional(readOnly = true)
    public List<Comment> visibleComments(long id) {
        return consultations.comments(id).stream().filter(c -> !c.hidden()).toList();
    }

    @Transactional(readOnly = true)
    public List<CommentGroup> groups(long id) {
        return consultations.groups(id);
    }

    @Transactional(readOnly = true)
    public List<ConsultationDocument> documents(long id) {
        return consultations.documents(id);
    }

    @Transactional(readOnly = true)
    public List<ConsultationEvent> timeline(long id) {
        return consultations.timeline(id);
    }

    /** The names of the portal accounts behind comments, for staff of the drafting body only. */
    @Transactional(readOnly = true)
    public Map<Long, String> commenterNames(long id, StaffMember staff) {
        consultation(id, staff);
        Map<Long, String> names = new HashMap<>();
        for (Comment comment : consultations.comments(id)) {
            if (comment.citizenId() != null && !names.containsKey(comment.citizenId())) {
                citizens.find(comment.citizenId()).ifPresent(c -> names.put(c.id(), c.fullName()));
            }
        }
        return names;
    }

    @Transactional(readOnly = true)
    public Path documentPath(long id, long documentId, StaffMember staff) {
        consultation(id, staff);
        return path(id, documentId);
    }

    @Transactional(readOnly = true)
    public Path publicDocumentPath(String communeCode, long id, long documentId) {
        published(communeCode, id);
        return path(id, documentId);
    }

    @Transactional(readOnly = true)
    public Optional<ConsultationDocument> document(long id, long documentId) {
        return consultations.document(id, documentId);
    }

    public int minimumDays() {
        return rules.minimumDays();
    }

    public LocalDate earliestClose(LocalDate opensOn) {
        return rules.earliestClose(opensOn);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    Consultation known(long id) {
        return consultations.find(id).orElseThrow(() -> DomainException.notFound("consultation.unknown"));
    }

    Consultation locked(long id, StaffMember staff) {
        Consultation consultation =
                consultations.lock(id).orElseThrow(() -> DomainException.notFound("consultation.unknown"));
        policy.requireWork(staff, consultation.bodyId());
        return consultation;
    }

    @Nullable
    Long section(long id, @Nullable Long sectionId) {
        if (sectionId == null) {
            return null;
        }
        return consultations.sections(id).stream()
                .filter(s -> s.id() == sectionId)
                .findFirst()
                .map(ConsultationSection::id)
                .orElseThrow(() -> DomainException.invalid("consultation.section-unknown"));
    }

    static @Nullable String organisation(CommentAuthorKind kind, @Nullable String name) {
        if (kind == CommentAuthorKind.CITIZEN) {
            return null;
        }
        if (InputText.isBlank(name)) {
            throw DomainException.invalid("consultation.organisation-required");
        }
        return InputText.accept(name.strip(), InputText.NAME);
    }

    private static List<DraftSection> checked(@Nullable List<DraftSection> sections) {
        if (sections == null) {
            return List.of();
        }
        if (sections.size() > DraftText.MOST_SECTIONS) {
            throw DomainException.invalid("consultation.too-many-sections", DraftText.MOST_SECTIONS);
        }
        return sections.stream()
                .map(s -> {
                    if (s == null || InputText.isBlank(s.heading())) {
                        throw DomainException.invalid("consultation.section-heading-required");
                    }
                    return new DraftSection(
                            InputText.accept(s.heading().strip(), InputText.LINE),
                            s.body() == null ? "" : InputText.accept(s.body().strip(), InputText.LONGEST));
                })
                .toList();
    }

    private Path path(long id, long documentId) {
        return consultations
                .documentKey(id, documentId)
                .map(key -> files.path(DOCUMENTS_AREA, key))
                .orElseThrow(() -> DomainException.notFound("democracy.document-unknown"));
    }
}
