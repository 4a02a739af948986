package vn.danvan.notification.domain;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.notification.MailGateway;
import vn.danvan.notification.TextMessageSender;
import vn.danvan.notification.persistence.Outbox;
import vn.danvan.shared.ContactSecrets;

/**
 * Sends what the outbox holds. Runs on every instance: {@code FOR UPDATE SKIP LOCKED} hands each message to
 * exactly one of them. A failure (SMTP down) leaves the message pending with a growing delay.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final Outbox outbox;
    private final MailGateway mail;
    private final TextMessageSender texts;
    private final NotificationSettings settings;
    private final TransactionTemplate transactions;

    Dispatcher(
            Outbox outbox,
            MailGateway mail,
            TextMessageSender texts,
            NotificationSettings settings,
            TransactionTemplate transactions) {
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

    /** Sends due messages until none is left; returns how many were sent. */
    public int dispatchDue() {
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                var messages = outbox.claimDue(settings.batchSize());
                int ok = 0;
                for (Outbox.Message message : messages) {
                    try {
                        switch (message.channel()) {
                            case EMAIL ->
                                mail.send(settings.from(), message.recipient(), message.subject(), message.body());
                            case SMS -> texts.send(message.recipient(), message.body());
                        }
                        outbox.sent(message.id(), INSTANCE);
                        ok++;
                    } catch (Exception failure) {
                        // A mail server's refusal may quote the address: neither the log nor the table keeps it.
                        String error = failure.toString()
                                .replace(message.recipient(), ContactSecrets.masked(message.recipient()));
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
