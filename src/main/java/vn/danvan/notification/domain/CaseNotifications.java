package vn.danvan.notification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import vn.danvan.dialogue.CommitmentOverdue;
import vn.danvan.notification.persistence.Outbox;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.petition.CaseNotices;
import vn.danvan.petition.CitizenDesk;
import vn.danvan.petition.CitizenDesk.PublicCase;
import vn.danvan.petition.CitizenDesk.PublicEvent;
import vn.danvan.petition.DeadlineMissed;
import vn.danvan.petition.NoticeAddressee;
import vn.danvan.petition.NoticeIssued;
import vn.danvan.petition.PetitionAccepted;
import vn.danvan.petition.PetitionEscalated;
import vn.danvan.petition.PetitionHandlingEvent;
import vn.danvan.petition.PetitionReceived;
import vn.danvan.petition.PetitionResolved;
import vn.danvan.petition.PetitionTransferred;
import vn.danvan.petition.ResolutionExtended;
import vn.danvan.portal.CitizenContacts;
import vn.danvan.portal.ReceiptSecrets;
import vn.danvan.shared.TransactionScoped;

/**
 * Turns case events into messages. A case's messages are written to the outbox in the transaction of the
 * change, just before it commits: the change and its messages are kept or lost together, and the outbox is
 * the one durable queue between them and the mail server (docs/adr/0002-notifications-in-the-change-transaction.md).
 * A leader's overdue commitment still comes from a durable event publication. Messages carry the tracking
 * code, the body and the dates; never the content of a denunciation.
 */
@Component
class CaseNotifications {

    private static final Set<Role> CASE_STAFF =
            EnumSet.of(Role.RECEPTION_OFFICER, Role.CASE_HANDLER, Role.HEAD_OF_BODY);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The facts' messages are written before the lone notices' (which send what the facts' did not carry). */
    private static final int FACTS = 10;

    private final CitizenDesk petitions;
    private final CitizenContacts contacts;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final NotificationSettings settings;
    private final Outbox outbox;
    private final ReceiptSecrets secrets;
    private final CaseNotices notices;

    CaseNotifications(
            CitizenDesk petitions,
            CitizenContacts contacts,
            OrganizationDirectory organization,
            MessageSource messages,
            NotificationSettings settings,
            Outbox outbox,
            ReceiptSecrets secrets,
            CaseNotices notices) {
        this.notices = notices;
        this.petitions = petitions;
        this.contacts = contacts;
        this.organization = organization;
        this.messages = messages;
        this.settings = settings;
        this.outbox = outbox;
        this.secrets = secrets;
    }

    // The facts a citizen and the body's case staff hear of; the others (classified, guided, filed, …) are quiet.
    // Each message's key names the fact as the message codes and the case's timeline do.

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(FACTS)
    void on(PetitionReceived received) {
        notify(received, "RECEIVED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(FACTS)
    void on(PetitionAccepted accepted) {
        notify(accepted, "ACCEPTED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(FACTS)
    void on(PetitionTransferred transferred) {
        notify(transferred, "TRANSFERRED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(FACTS)
    void on(ResolutionExtended extended) {
        notify(extended, "EXTENDED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(FACTS)
    void on(PetitionResolved resolved) {
        notify(resolved, "RESOLVED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(FACTS)
    void on(DeadlineMissed missed) {
        notify(missed, "DEADLINE_MISSED");
    }

    private void notify(PetitionHandlingEvent changed, String event) {
        // At intake the event carries what the messages need (the receipt): the case and its sealed identity are not
        // read back in the transaction that has just written them. Other facts read the case as it is now.
        PetitionReceived.Receipt receipt = changed instanceof PetitionReceived received ? received.receipt() : null;
        var contact = (receipt != null ? contacts.writtenNow(changed.petitionId()) : contacts.of(changed.petitionId()))
                .filter(citizen -> citizen.email() != null || citizen.phone() != null);
        // A petitioner who came to the desk, wrote by post or through a client system: reached through the contact in
        // their sealed identity, opened again when the message is sent.
        Reach sealedContact;
        if (contact.isPresent()) {
            sealedContact = Reach.NONE;
        } else if (receipt != null) {
            sealedContact = new Reach(receipt.petitionerHasEmail(), receipt.petitionerHasPhone());
        } else {
            sealedContact = notices.petitionerContact(changed.petitionId())
                    .map(citizen -> new Reach(citizen.email() != null, citizen.phone() != null))
                    .orElse(Reach.NONE);
        }
        var staffContacts = organization.staffContacts(changed.bodyId(), CASE_STAFF);
        if (contact.isEmpty() && !sealedContact.any() && staffContacts.isEmpty()) {
            return;
        }
        Told found;
        if (receipt != null) {
            // The receipt's timeline entry has no public note.
            found = new Told(
                    changed.trackingCode(),
                    receipt.expectedOn(),
                    receipt.publicTitle(),
                    receipt.identitySealed(),
                    null);
        } else {
            PublicCase tracked = petitions.track(changed.trackingCode()).orElse(null);
            if (tracked == null) {
                return;
            }
            found = new Told(
                    tracked.trackingCode(),
                    tracked.expectedOn(),
                    tracked.title(),
                    tracked.identitySealed(),
                    lastNote(tracked, event));
        }
        String key = "petition:" + changed.petitionId() + ":" + event + ":" + changed.on() + ":" + found.expectedOn();
        String bodyName = organization.body(changed.bodyId()).map(Body::name).orElse("");
        String link = settings.baseUrl() + "/portal/track?code=" + found.trackingCode();
        String note = found.note();

        contact.ifPresent(citizen -> {
            Object[] args = {
                found.trackingCode(), bodyName, date(found.expectedOn()), found.title(), link, note == null ? "" : note
            };
            if (citizen.email() != null) {
                outbox.add(
                        key,
                        Outbox.Channel.EMAIL,
                        citizen.email(),
                        text("notification.citizen." + event + ".subject", args, citizen.locale()),
                        text("notification.citizen." + event, args, citizen.locale()) + "\n\n"
                                + receiptSecret(changed, citizen.locale())
                                + attachedNote(changed.petitionId(), citizen.locale())
                                + text("notification.citizen.footer", args, citizen.locale()),
                        IssuedNotices.take(changed.petitionId()),
                        issuedSecret(changed));
            }
            if (citizen.phone() != null) {
                outbox.add(
                        key,
                        Outbox.Channel.SMS,
                        citizen.phone(),
                        found.trackingCode(),
                        text("notification.sms." + event, args, citizen.locale()));
            }
        });

        if (sealedContact.any()) {
            Object[] args = {
                found.trackingCode(), bodyName, date(found.expectedOn()), found.title(), link, note == null ? "" : note
            };
            String ref = Outbox.petitioner(changed.petitionId());
            if (sealedContact.email()) {
                outbox.addByReference(
                        key,
                        Outbox.Channel.EMAIL,
                        ref,
                        text("notification.citizen." + event + ".subject", args, VIETNAMESE),
                        text("notification.citizen." + event, args, VIETNAMESE) + "\n\n"
                                + attachedNote(changed.petitionId(), VIETNAMESE)
                                + text("notification.citizen.footer", args, VIETNAMESE),
                        IssuedNotices.take(changed.petitionId()));
            }
            if (sealedContact.phone()) {
                outbox.addByReference(
                        key,
                        Outbox.Channel.SMS,
                        ref,
                        found.trackingCode(),
                        text("notification.sms." + event, args, VIETNAMESE),
                        List.of());
            }
        }

        String staffLink = settings.baseUrl() + "/petitions/" + changed.petitionId();
        Object[] staffArgs = {
            found.trackingCode(),
            bodyName,
            date(found.expectedOn()),
            found.identitySealed() ? "" : found.title(),
            staffLink
        };
        for (var staff : staffContacts) {
            outbox.add(
                    key,
                    Outbox.Channel.EMAIL,
                    staff.email(),
                    text("notification.staff." + event + ".subject", staffArgs, VIETNAMESE),
                    text("notification.staff." + event, staffArgs, VIETNAMESE) + "\n\n"
                            + text("notification.staff.footer", staffArgs, VIETNAMESE));
        }
    }

    /** What a case's message says of it: from the receipt at intake, else from the case as the portal shows it. */
    private record Told(
            String trackingCode,
            @Nullable LocalDate expectedOn,
            String title,
            boolean identitySealed,
            @Nullable String note) {}

    /** Whether a petitioner's sealed identity holds an e-mail address, a phone number (never which). */
    private record Reach(boolean email, boolean phone) {
        static final Reach NONE = new Reach(false, false);

        boolean any() {
            return email || phone;
        }
    }

    /**
     * A step of the escalation ladder: the handler, the head of the body and the superior's inspectorate, as the
     * step names them, each told once (the key names the step and the deadline). A sealed case's title stays out.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PetitionEscalated escalated) {
        Map<String, OrganizationDirectory.StaffContact> told = new java.util.LinkedHashMap<>();
        if (escalated.handlerId() != null) {
            organization.staffContact(escalated.handlerId()).ifPresent(staff -> told.putIfAbsent(staff.email(), staff));
        }
        if (escalated.headOfBodyId() != null) {
            organization
                    .staffContacts(escalated.headOfBodyId(), EnumSet.of(Role.HEAD_OF_BODY))
                    .forEach(staff -> told.putIfAbsent(staff.email(), staff));
        }
        if (escalated.inspectorateId() != null) {
            organization
                    .staffContacts(escalated.inspectorateId(), EnumSet.of(Role.HEAD_OF_BODY, Role.CASE_HANDLER))
                    .forEach(staff -> told.putIfAbsent(staff.email(), staff));
        }
        if (told.isEmpty()) {
            return;
        }
        PublicCase found = petitions.track(escalated.trackingCode()).orElse(null);
        String title = found == null || found.identitySealed() ? "" : found.title();
        Object[] args = {
            escalated.trackingCode(),
            organization.body(escalated.bodyId()).map(Body::name).orElse(""),
            date(escalated.due()),
            title,
            escalated.step(),
            escalated.workingDaysOverdue(),
            settings.baseUrl() + "/petitions/" + escalated.petitionId()
        };
        String key = "escalation:" + escalated.petitionId() + ":" + escalated.due() + ":" + escalated.step();
        for (var staff : told.values()) {
            outbox.add(
                    key,
                    Outbox.Channel.EMAIL,
                    staff.email(),
                    text("notification.staff.ESCALATED.subject", args, VIETNAMESE),
                    text("notification.staff.ESCALATED", args, VIETNAMESE));
        }
    }

    /** Notes each notice to a petitioner issued in this transaction, for the message of its fact to carry. */
    @EventListener
    void issued(NoticeIssued issued) {
        if (issued.addressee() == NoticeAddressee.PETITIONER) {
            IssuedNotices.add(issued.petitionId(), issued.noticeId());
        }
    }

    /**
     * A notice to a petitioner that no message of its fact carried (guidance, refusal, and any kind added later)
     * goes alone, with its PDF, after the facts' messages (the order): once, to the contact they gave.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(FACTS + 10)
    void on(NoticeIssued issued) {
        if (issued.addressee() != NoticeAddressee.PETITIONER || !IssuedNotices.remove(issued.noticeId())) {
            return;
        }
        var contact =
                contacts.of(issued.petitionId()).filter(citizen -> citizen.email() != null || citizen.phone() != null);
        var sealedContact = contact.isPresent()
                ? Optional.<CaseNotices.PetitionerContact>empty()
                : notices.petitionerContact(issued.petitionId());
        if (contact.isEmpty() && sealedContact.isEmpty()) {
            return;
        }
        Locale locale = contact.map(CitizenContacts.Contact::locale).orElse(VIETNAMESE);
        String bodyName = organization.body(issued.bodyId()).map(Body::name).orElse("");
        Object[] args = {
            issued.trackingCode(),
            bodyName,
            messages.getMessage(
                    "notice.kind." + issued.kind().name(), null, issued.kind().name(), locale),
            settings.baseUrl() + "/portal/track?code=" + issued.trackingCode()
        };
        String key = "notice:" + issued.noticeId();
        String subject = text("notification.citizen.NOTICE.subject", args, locale);
        String body = text("notification.citizen.NOTICE", args, locale) + "\n\n"
                + text("notification.citizen.footer", args, locale);
        String sms = text("notification.sms.NOTICE", args, locale);
        List<Long> attached = List.of(issued.noticeId());
        contact.ifPresent(citizen -> {
            if (citizen.email() != null) {
                outbox.add(key, Outbox.Channel.EMAIL, citizen.email(), subject, body, attached);
            }
            if (citizen.phone() != null) {
                outbox.add(key, Outbox.Channel.SMS, citizen.phone(), issued.trackingCode(), sms);
            }
        });
        sealedContact.ifPresent(citizen -> {
            String ref = Outbox.petitioner(issued.petitionId());
            if (citizen.email() != null) {
                outbox.addByReference(key, Outbox.Channel.EMAIL, ref, subject, body, attached);
            }
            if (citizen.phone() != null) {
                outbox.addByReference(key, Outbox.Channel.SMS, ref, issued.trackingCode(), sms, List.of());
            }
        });
    }

    /** A line telling the citizen that the written notice is attached, when one is. */
    private String attachedNote(long petitionId, Locale locale) {
        return IssuedNotices.pendingFor(petitionId)
                ? text("notification.citizen.attached", new Object[0], locale) + "\n\n"
                : "";
    }

    /**
     * The notices to petitioners issued in the current transaction and not yet carried by a message; forgotten
     * with the transaction.
     */
    private static final class IssuedNotices implements TransactionSynchronization {
        private final Map<Long, List<Long>> byPetition = new HashMap<>();

        private static Optional<IssuedNotices> current() {
            return TransactionScoped.current(IssuedNotices.class, IssuedNotices::new);
        }

        static void add(long petitionId, long noticeId) {
            current()
                    .ifPresent(n -> n.byPetition
                            .computeIfAbsent(petitionId, id -> new ArrayList<>())
                            .add(noticeId));
        }

        static boolean pendingFor(long petitionId) {
            return current()
                    .map(n -> !n.byPetition.getOrDefault(petitionId, List.of()).isEmpty())
                    .orElse(false);
        }

        /** Takes the petition's pending notices: the message that calls this carries them. */
        static List<Long> take(long petitionId) {
            return current()
                    .map(n -> n.byPetition.remove(petitionId))
                    .map(List::copyOf)
                    .orElse(List.of());
        }

        /** Whether the notice was still pending (then no longer). */
        static boolean remove(long noticeId) {
            return current()
                    .map(n -> n.byPetition.values().stream().anyMatch(ids -> ids.remove(noticeId)))
                    .orElse(false);
        }
    }

    @ApplicationModuleListener
    void on(CommitmentOverdue overdue) {
        String key = "commitment:" + overdue.commitmentId() + ":OVERDUE";
        Object[] args = {
            overdue.ownerName(),
            overdue.description(),
            date(overdue.dueOn()),
            settings.baseUrl() + "/commitments?overdue=true"
        };
        Set<Role> roles = EnumSet.of(Role.HEAD_OF_BODY, Role.MOBILISATION_STAFF, Role.CASE_HANDLER);
        for (var staff : organization.staffContacts(overdue.ownerBodyId(), roles)) {
            outbox.add(
                    key,
                    Outbox.Channel.EMAIL,
                    staff.email(),
                    text("notification.commitment.OVERDUE.subject", args, VIETNAMESE),
                    text("notification.commitment.OVERDUE", args, VIETNAMESE));
        }
    }

    /** The receipt e-mail carries the receipt secret, readable only in the transaction that registered the case. */
    private String receiptSecret(PetitionHandlingEvent changed, Locale locale) {
        String secret = issuedSecret(changed);
        return secret == null ? "" : text("notification.citizen.secret", new Object[] {secret}, locale) + "\n\n";
    }

    /** The receipt secret as the e-mail writes it, which the outbox erases from its copy once sent. */
    private @Nullable String issuedSecret(PetitionHandlingEvent changed) {
        return !(changed instanceof PetitionReceived)
                ? null
                : secrets.issuedInThisTransaction(changed.petitionId())
                        .map(ReceiptSecrets::grouped)
                        .orElse(null);
    }

    private static @Nullable String lastNote(PublicCase found, String kind) {
        return found.events().stream()
                .filter(e -> e.kind().equals(kind))
                .reduce((a, b) -> b)
                .map(PublicEvent::note)
                .orElse(null);
    }

    private String text(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, locale);
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }
}
