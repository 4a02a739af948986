package vn.danvan.democracy;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.DisclosureCommands.Publish;
import vn.danvan.democracy.DisclosureCommands.SaveDisclosure;
import vn.danvan.democracy.domain.DemocracySettings;
import vn.danvan.democracy.domain.Disclosure;
import vn.danvan.democracy.domain.DisclosureDocument;
import vn.danvan.democracy.domain.DisclosureEvent;
import vn.danvan.democracy.domain.DisclosurePolicy;
import vn.danvan.democracy.domain.DisclosureStatus;
import vn.danvan.democracy.domain.PublicationRules;
import vn.danvan.democracy.persistence.Disclosures;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.FileStore;

/**
 * What a commune makes public (Luật THDCCS 2022 Đ.11–12): an item is recorded with the document it rests on, its
 * due date follows from the rule table, its documents are attached, and it is published on a day by some forms —
 * which tells the commune's followers. Every change is written to the item's timeline and audited in the same
 * transaction.
 */
@Service
@Transactional
public class DisclosurePublishing {

    static final String DOCUMENTS_AREA = "disclosure-documents";

    private final Disclosures disclosures;
    private final PublicationRules rules;
    private final DisclosurePolicy policy;
    private final OrganizationDirectory organization;
    private final DisclosureFollowing following;
    private final DemocracySettings settings;
    private final FileStore files;
    private final AuditTrail audit;

    DisclosurePublishing(
            Disclosures disclosures,
            PublicationRules rules,
            DisclosurePolicy policy,
            OrganizationDirectory organization,
            DisclosureFollowing following,
            DemocracySettings settings,
            FileStore files,
            AuditTrail audit) {
        this.disclosures = disclosures;
        this.rules = rules;
        this.policy = policy;
        this.organization = organization;
        this.following = following;
        this.settings = settings;
        this.files = files;
        this.audit = audit;
    }

    public long create(SaveDisclosure command, LocalDate today, StaffMember staff) {
        Body body = publisher(command.bodyId());
        policy.requireWork(staff, body.id());
        return add(body, command, today, staff.username());
    }

    /**
     * Records and publishes at once an item the application writes itself for a body whose rights the caller has
     * checked — the result of a community decision, closed by an officer or by the system at its deadline.
     */
    public long publishOnBehalf(SaveDisclosure command, Publish publication, LocalDate today, String actor) {
        long id = add(publisher(command.bodyId()), command, today, actor);
        publish(disclosures.lock(id).orElseThrow(), publication, today, actor);
        return id;
    }

    private long add(Body body, SaveDisclosure command, LocalDate today, String actor) {
        Disclosure.checkDocumentDate(command.documentDate(), today);
        LocalDate due = rules.dueOn(command.category(), command.documentDate());
        long id = disclosures.add(
                command,
                Objects.requireNonNull(body.provinceCode()),
                Objects.requireNonNull(body.communeCode()),
                due,
                actor);
        disclosures.recordEvent(id, "CREATED", actor, null);
        audit.record(
                "disclosure.created",
                "disclosure",
                id,
                Map.of("body", body.id(), "category", command.category().name(), "due", due.toString()));
        return id;
    }

    public Disclosure update(long id, SaveDisclosure command, LocalDate today, StaffMember staff) {
        Disclosure before = locked(id, staff);
        if (command.bodyId() != before.bodyId()) {
            throw DomainException.invalid("democracy.body-fixed");
        }
        Disclosure.checkDocumentDate(command.documentDate(), today);
        LocalDate due = rules.dueOn(command.category(), command.documentDate());
        List<String> changed = new ArrayList<>();
        if (before.category() != command.category()) {
            changed.add("category");
        }
        if (!before.title().equals(command.title())) {
            changed.add("title");
        }
        if (!Objects.equals(before.summary(), command.summary())) {
            changed.add("summary");
        }
        if (!Objects.equals(before.documentNumber(), command.documentNumber())) {
            changed.add("documentNumber");
        }
        if (!before.documentDate().equals(command.documentDate())) {
            changed.add("documentDate");
        }
        if (changed.isEmpty()) {
            return before;
        }
        disclosures.update(id, command, due);
        disclosures.recordEvent(id, "EDITED", staff.username(), String.join(", ", changed));
        Map<String, Object> details = new HashMap<>();
        details.put("changed", changed);
        if (!due.equals(before.dueOn())) {
            details.put("due", before.dueOn() + " → " + due);
        }
        audit.record("disclosure.edited", "disclosure", id, details);
        return disclosures.find(id).orElseThrow();
    }

    public Disclosure publish(long id, Publish command, LocalDate today, StaffMember staff) {
        return publish(locked(id, staff), command, today, staff.username());
    }

    private Disclosure publish(Disclosure before, Publish command, LocalDate today, String actor) {
        long id = before.id();
        List<PublicationForm> forms = List.copyOf(new java.util.LinkedHashSet<>(command.forms()));
        before.checkPublication(command.publishedOn(), forms, today);
        disclosures.published(id, command.publishedOn(), forms);
        Disclosure after = disclosures.find(id).orElseThrow();
        DisclosureStatus status = after.status(today);
        disclosures.recordEvent(
                id,
                "PUBLISHED",
                actor,
                command.publishedOn() + " · "
                        + String.join(", ", forms.stream().map(Enum::name).toList()));
        audit.record(
                "disclosure.published",
                "disclosure",
                id,
                Map.of("on", command.publishedOn().toString(), "status", status.name(), "forms", forms.size()));
        following.announce(after);
        return after;
    }

    /** A document of the item: PDF, image, Word or Excel as petition attachments, at most 10 MB by default. */
    public DisclosureDocument attachDocument(
            long id, @Nullable String fileName, InputStream content, StaffMember staff) {
        Disclosure disclosure = locked(id, staff);
        FileStore.Stored stored =
                files.store(DOCUMENTS_AREA, fileName, content, settings.maxDocumentBytes(), "democracy.document");
        DisclosureDocument document = disclosures.addDocument(disclosure.id(), stored, staff.username());
        disclosures.recordEvent(id, "DOCUMENT_ADDED", staff.username(), stored.fileName());
        audit.record(
                "disclosure.document-added",
                "disclosure",
                id,
                Map.of("document", document.id(), "size", stored.size()));
        return document;
    }

    // ---- reads --------------------------------------------------------------------------------------

    /** The item, for staff of its body. */
    @Transactional(readOnly = true)
    public Disclosure disclosure(long id, StaffMember staff) {
        Disclosure disclosure = known(id);
        DisclosurePolicy.requireVisible(staff, disclosure.bodyId());
        return disclosure;
    }

    /** A published item of a commune, for the public. */
    @Transactional(readOnly = true)
    public Disclosure published(String communeCode, long id) {
        return disclosures
                .find(id)
                .filter(d -> d.published() && d.communeCode().equals(communeCode))
                .orElseThrow(() -> DomainException.notFound("democracy.unknown"));
    }

    @Transactional(readOnly = true)
    public List<Disclosure> publishedIn(String communeCode, int limit) {
        return disclosures.publishedIn(communeCode, limit);
    }

    /** Items of the bodies in the staff member's scope, filtered; at most 500. */
    @Transactional(readOnly = true)
    public List<Disclosure> list(
            StaffMember staff,
            @Nullable Long bodyId,
            @Nullable DisclosureCategory category,
            @Nullable DisclosureStatus status,
            @Nullable LocalDate dueFrom,
            @Nullable LocalDate dueTo,
            LocalDate today) {
        Collection<Long> bodies =
                publishersInScope(staff).stream().map(Body::id).toList();
        if (bodies.isEmpty()) {
            return List.of();
        }
        return disclosures.of(bodies, bodyId, category, status, dueFrom, dueTo, today, 500);
    }

    /** The communes' People's Committees the staff member works for or oversees. */
    @Transactional(readOnly = true)
    public List<Body> publishersInScope(StaffMember staff) {
        return organization.bodies().stream()
                .filter(DisclosurePolicy::isPublisher)
                .filter(b -> staff.inScope(b.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<DisclosureDocument> documents(long id) {
        return disclosures.documents(id);
    }

    @Transactional(readOnly = true)
    public List<DisclosureEvent> timeline(long id) {
        return disclosures.timeline(id);
    }

    /** The stored file of a document, for staff who may see the item. */
    @Transactional(readOnly = true)
    public Path documentPath(long id, long documentId, StaffMember staff) {
        disclosure(id, staff);
        return path(id, documentId);
    }

    /** The stored file of a document of a published item, for anyone. */
    @Transactional(readOnly = true)
    public Path publicDocumentPath(String communeCode, long id, long documentId) {
        published(communeCode, id);
        return path(id, documentId);
    }

    public PublicationRules.Rule rule(DisclosureCategory category) {
        return rules.rule(category);
    }

    public LocalDate dueOn(DisclosureCategory category, LocalDate documentDate) {
        return rules.dueOn(category, documentDate);
    }

    @Transactional(readOnly = true)
    public Optional<Disclosure> find(long id) {
        return disclosures.find(id);
    }

    private Path path(long id, long documentId) {
        return disclosures
                .documentKey(id, documentId)
                .map(key -> files.path(DOCUMENTS_AREA, key))
                .orElseThrow(() -> DomainException.notFound("democracy.document-unknown"));
    }

    private Disclosure known(long id) {
        return disclosures.find(id).orElseThrow(() -> DomainException.notFound("democracy.unknown"));
    }

    private Disclosure locked(long id, StaffMember staff) {
        Disclosure disclosure = disclosures.lock(id).orElseThrow(() -> DomainException.notFound("democracy.unknown"));
        policy.requireWork(staff, disclosure.bodyId());
        return disclosure;
    }

    private Body publisher(long bodyId) {
        return DisclosurePolicy.requirePublisher(
                organization.body(bodyId).orElseThrow(() -> DomainException.invalid("democracy.body-unknown")));
    }
}
