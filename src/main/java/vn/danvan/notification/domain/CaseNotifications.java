package vn.danvan.notification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.danvan.dialogue.CommitmentOverdue;
import vn.danvan.notification.persistence.Outbox;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.petition.CitizenDesk;
import vn.danvan.petition.CitizenDesk.PublicCase;
import vn.danvan.petition.CitizenDesk.PublicEvent;
import vn.danvan.petition.DeadlineMissed;
import vn.danvan.petition.PetitionAccepted;
import vn.danvan.petition.PetitionHandlingEvent;
import vn.danvan.petition.PetitionReceived;
import vn.danvan.petition.PetitionResolved;
import vn.danvan.petition.PetitionTransferred;
import vn.danvan.petition.ResolutionExtended;
import vn.danvan.portal.CitizenContacts;
import vn.danvan.portal.ReceiptSecrets;

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

    private final CitizenDesk petitions;
    private final CitizenContacts contacts;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final NotificationSettings settings;
    private final Outbox outbox;
    private final ReceiptSecrets secrets;

    CaseNotifications(
            CitizenDesk petitions,
            CitizenContacts contacts,
            OrganizationDirectory organization,
            MessageSource messages,
            NotificationSettings settings,
            Outbox outbox,
            ReceiptSecrets secrets) {
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
    void on(PetitionReceived received) {
        notify(received, "RECEIVED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PetitionAccepted accepted) {
        notify(accepted, "ACCEPTED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PetitionTransferred transferred) {
        notify(transferred, "TRANSFERRED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ResolutionExtended extended) {
        notify(extended, "EXTENDED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PetitionResolved resolved) {
        notify(resolved, "RESOLVED");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DeadlineMissed missed) {
        notify(missed, "DEADLINE_MISSED");
    }

    private void notify(PetitionHandlingEvent changed, String event) {
        var contact =
                contacts.of(changed.petitionId()).filter(citizen -> citizen.email() != null || citizen.phone() != null);
        var staffContacts = organization.staffContacts(changed.bodyId(), CASE_STAFF);
        if (contact.isEmpty() && staffContacts.isEmpty()) {
            return;
        }
        PublicCase found = petitions.track(changed.trackingCode()).orElse(null);
        if (found == null) {
            return;
        }
        String key = "petition:" + changed.petitionId() + ":" + event + ":" + changed.on() + ":" + found.expectedOn();
        String bodyName = organization.body(changed.bodyId()).map(Body::name).orElse("");
        String link = settings.baseUrl() + "/portal/track?code=" + found.trackingCode();
        String note = lastNote(found, event);

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
                                + text("notification.citizen.footer", args, citizen.locale()));
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
        return !(changed instanceof PetitionReceived)
                ? ""
                : secrets.issuedInThisTransaction(changed.petitionId())
                        .map(secret -> text(
                                        "notification.citizen.secret",
                                        new Object[] {ReceiptSecrets.grouped(secret)},
                                        locale)
                                + "\n\n")
                        .orElse("");
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
