package vn.danvan.petition.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.petition.NoticeAddressee;
import vn.danvan.petition.NoticeIssued;
import vn.danvan.petition.PetitionHandlingEvent;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.persistence.Notices;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.AuditTrail;

/**
 * Issues the written notices a fact of a case requires ({@link NoticeRules}), in the transaction of the fact: each
 * is numbered, written as a PDF from its template, stored sealed, put on the case's timeline, audited and announced
 * ({@link NoticeIssued}) for delivery. The same for every channel: a desk or postal petition is told as an online one.
 */
@Component
class NoticeIssuance {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Petitions petitions;
    private final Notices notices;
    private final NoticeDocuments documents;
    private final IdentityVault vault;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    NoticeIssuance(
            Petitions petitions,
            Notices notices,
            NoticeDocuments documents,
            IdentityVault vault,
            OrganizationDirectory organization,
            MessageSource messages,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.petitions = petitions;
        this.notices = notices;
        this.documents = documents;
        this.vault = vault;
        this.organization = organization;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
    }

    // Synchronous, in the fact's transaction: the fact and its notices are kept or lost together, and the notices
    // exist before the notifications of the same transaction are written (just before it commits).
    @EventListener
    void on(PetitionHandlingEvent fact) {
        var rules = NoticeRules.issuedBy(fact);
        if (rules.isEmpty()) {
            return;
        }
        Petition petition = petitions.find(fact.petitionId()).orElse(null);
        if (petition == null) {
            return;
        }
        PetitionerIdentity identity = null;
        for (NoticeRules.Rule rule : rules) {
            if (!rule.when().test(petition)) {
                continue;
            }
            if (rule.to().namesPetitioner() && identity == null && petition.identityCiphertext() != null) {
                identity = vault.open(petition.identityCiphertext());
            }
            issue(fact, petition, rule, rule.to().namesPetitioner() ? identity : null);
        }
    }

    private void issue(
            PetitionHandlingEvent fact,
            Petition petition,
            NoticeRules.Rule rule,
            @Nullable PetitionerIdentity identity) {
        Body body = organization.body(petition.bodyId()).orElseThrow();
        String note = notices.latestNote(petition.storedId(), rule.timelineKind());
        var text = documents.text(rule.kind(), model(fact, petition, rule.to(), identity, body, note));
        String number = notices.nextNumber(body.id(), fact.on().getYear()) + "/" + text.symbol() + "-" + body.code();
        String superior = body.superiorId() == null
                ? null
                : organization.body(body.superiorId()).map(Body::name).orElse(null);
        byte[] pdf = documents.pdf(
                new NoticeDocuments.Letterhead(superior, body.name(), number, place(body), fact.on()),
                text,
                "Mã hồ sơ " + petition.trackingCode() + " · văn bản do hệ thống danvan lập");
        String title = text.title() + (text.subject() == null ? "" : " " + text.subject());
        boolean namesIdentity = identity != null;
        long id = notices.add(new Notices.NewNotice(
                petition.storedId(),
                rule.kind(),
                rule.to(),
                number,
                title,
                text.form(),
                fact.on(),
                namesIdentity,
                vault.sealDocument(pdf)));
        notices.onTimeline(
                petition.storedId(),
                fact.on(),
                "NOTICE_ISSUED",
                title + " — số " + number + " — "
                        + messages.getMessage("notice.addressee." + rule.to().name(), null, VIETNAMESE),
                rule.to() == NoticeAddressee.PETITIONER);
        // Audited as a record of its own: the notice is issued, the case's state does not change.
        audit.record(
                "petition.notice-issued",
                "notice",
                id,
                Map.of(
                        "petition",
                        petition.storedId(),
                        "kind",
                        rule.kind().name(),
                        "to",
                        rule.to().name(),
                        "number",
                        number));
        events.publishEvent(new NoticeIssued(
                id,
                petition.storedId(),
                petition.trackingCode(),
                petition.bodyId(),
                rule.kind(),
                rule.to(),
                title,
                fact.on()));
    }

    /** What the templates may say: the case's facts, formatted; the petitioner only on a copy that names them. */
    private Map<String, Object> model(
            PetitionHandlingEvent fact,
            Petition petition,
            NoticeAddressee to,
            @Nullable PetitionerIdentity identity,
            Body body,
            @Nullable String note) {
        Map<String, Object> model = new HashMap<>();
        model.put("addressee", to.name());
        model.put("type", petition.type().name());
        model.put("typeLabel", label("type." + petition.type().name()).toLowerCase(VIETNAMESE));
        model.put("instance", petition.instance().name());
        model.put("code", petition.trackingCode());
        model.put("caseTitle", petition.title());
        model.put("body", body.name());
        model.put("on", DATE.format(fact.on()));
        model.put("receivedOn", DATE.format(petition.receivedOn()));
        model.put("decidedOn", date(petition.decidedOn()));
        model.put("due", date(petition.resolutionDue()));
        model.put("complex", petition.complex());
        model.put("remote", petition.remoteArea());
        model.put("group", petition.petitionerCount() > 1);
        model.put("target", petition.transferredToName() == null ? "" : petition.transferredToName());
        model.put("source", petition.sourceName() == null ? "" : petition.sourceName());
        model.put(
                "ground",
                petition.filingGround() == null ? "" : petition.filingGround().name());
        model.put(
                "groundLabel",
                petition.filingGround() == null
                        ? ""
                        : label("ground." + petition.filingGround().name()));
        model.put(
                "outcome", petition.outcome() == null ? "" : petition.outcome().name());
        model.put(
                "outcomeLabel",
                petition.outcome() == null
                        ? ""
                        : label("outcome." + petition.outcome().name()));
        model.put("note", note == null ? "" : note);
        // An extension's note is "old → new: reason"; a transfer's "body — note".
        model.put("reason", note == null ? "" : after(note, ": "));
        model.put("transferNote", note == null ? "" : after(note, " — "));
        if (identity != null) {
            model.put("petitioner", identity.fullName() == null ? "" : identity.fullName());
            model.put("address", identity.address() == null ? "" : identity.address());
        }
        return model;
    }

    private String place(Body body) {
        String commune = body.communeCode();
        String province = body.provinceCode();
        return (commune != null
                        ? organization.commune(commune)
                        : province != null
                                ? organization.province(province)
                                : java.util.Optional.<AdministrativeUnit>empty())
                .map(AdministrativeUnit::name)
                .orElse("");
    }

    private String label(String code) {
        String label = messages.getMessage(code, null, code, VIETNAMESE);
        return label == null ? code : label;
    }

    private static String after(String note, String separator) {
        int at = note.indexOf(separator);
        return at < 0
                ? (separator.equals(": ") ? note : "")
                : note.substring(at + separator.length()).strip();
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
