package vn.danvan.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.danvan.notification.persistence.Outbox;

/**
 * For a module that composes its own e-mails (the democracy module's notices to followers): the message goes to
 * the outbox in the caller's transaction, sent once with retries by the dispatcher, its recipient erased once sent.
 * The caller never logs the address.
 */
@Component
public class Mailings {

    private final Outbox outbox;
    private final String baseUrl;

    Mailings(Outbox outbox, @Value("${danvan.notification.base-url:}") String baseUrl) {
        this.outbox = outbox;
        this.baseUrl = baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceFirst("/+$", "");
    }

    /**
     * Queues an e-mail; {@code key} names the fact it tells of, so that the same fact told twice to one address is
     * sent once.
     */
    public void email(String key, String recipient, String subject, String body) {
        outbox.add(key, Outbox.Channel.EMAIL, recipient, subject, body);
    }

    /** The application's public address followed by {@code path}, for links in messages. */
    public String link(String path) {
        return baseUrl + path;
    }
}
