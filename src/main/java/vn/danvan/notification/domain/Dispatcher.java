package vn.danvan.notification.domain;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.notification.MailGateway;
import vn.danvan.notification.TextMessageSender;
import vn.danvan.notification.persistence.Outbox;
import vn.danvan.petition.CaseNotices;
import vn.danvan.shared.ContactSecrets;

/**
 * Sends what the outbox holds. Runs on every instance: {@code FOR UPDATE SKIP LOCKED} hands each message to
 * exactly one of them. A failure (SMTP down) leaves the message pending with a growing delay.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
    private static final String PETITIONER = Outbox.PETITIONER_REF;

    private final Outbox outbox;
    private final MailGateway mail;
    private final TextMessageSender texts;
    private final NotificationSettings settings;
    private final TransactionTemplate transactions;
    private final CaseNotices notices;

    Dispatcher(
            Outbox outbox,
            MailGateway mail,
            TextMessageSender texts,
            NotificationSettings settings,
            TransactionTemplate transactions,
            CaseNotices notices) {
        this.notices = notices;
        this.outbox = outbox;
        this.mail = mail;
        this.texts = texts;
        this.settings = settings;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${danvan.notification.dispatch-interval:PT5S}", initialDelayString = "PT5S")
    void scheduled() {
        dispatchDue();
    }

    /**
     * The address or number to send to: written in the message, or opened now from the petitioner's sealed identity
     * when the message names them by reference; null when they gave none for the message's channel.
     */
    private @Nullable String recipient(Outbox.Message message) {
        if (message.recipient() != null) {
            return message.recipient();
        }
        String ref = message.recipientRef();
        if (ref == null || !ref.startsWith(PETITIONER)) {
            return null;
        }
        return notices.petitionerContact(Long.parseLong(ref.substring(PETITIONER.length())))
                .map(contact -> message.channel() == Outbox.Channel.EMAIL ? contact.email() : contact.phone())
                .orElse(null);
    }

    /** The written notices an e-mail carries, read now from their case: the outbox keeps no copy. */
    private List<MailGateway.Attachment> attachments(Outbox.Message message) {
        return message.noticeIds().stream()
                .map(notices::forDelivery)
                .flatMap(Optional::stream)
                .map(file -> new MailGateway.Attachment(file.fileName(), "application/pdf", file.pdf()))
                .toList();
    }

    /** Sends due messages until none is left; returns how many were sent. */
    public int dispatchDue() {
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                var messages = outbox.claimDue(settings.batchSize());
                int ok = 0;
                for (Outbox.Message message : messages) {
                    String recipient = recipient(message);
                    if (recipient == null) {
                        outbox.abandoned(
                                message.id(), "no " + message.channel().name().toLowerCase(Locale.ROOT));
                        continue;
                    }
                    try {
                        switch (message.channel()) {
                            case EMAIL ->
                                mail.send(
                                        settings.from(),
                                        recipient,
                                        message.subject(),
                                        message.body(),
                                        attachments(message));
                            case SMS -> texts.send(recipient, message.body());
                        }
                        outbox.sent(message.id(), INSTANCE);
                        ok++;
                    } catch (Exception failure) {
                        // A mail server's refusal may quote the address: neither the log nor the table keeps it.
                        String error = failure.toString().replace(recipient, ContactSecrets.masked(recipient));
                        log.warn(
                                "Notification {} not sent (attempt {}): {}",
                                message.id(),
                                message.attempts() + 1,
                                error);
                        outbox.failed(message, error, settings.retryDelay(), settings.maxAttempts());
                    }
                }
                return messages.isEmpty() ? -1 : ok;
            });
            if (batch == null || batch < 0) {
                return sent;
            }
            sent += batch;
            if (batch == 0) {
                return sent;
            }
        }
    }
}
