package vn.danvan.notification.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.shared.ContactSecrets;

/**
 * The messages waiting to be sent, in the database so that neither a crash nor a second instance loses or doubles
 * one. A recipient is kept only until its message is sent or given up; then only its keyed digest remains, which
 * is all a redelivered event needs to be recognised.
 */
@Component
public class Outbox {

    public enum Channel {
        EMAIL,
        SMS
    }

    public record Message(long id, Channel channel, String recipient, String subject, String body, int attempts) {}

    private final JdbcClient jdbc;
    private final ContactSecrets secrets;

    Outbox(JdbcClient jdbc, ContactSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Transactional
    public void add(String eventKey, Channel channel, String recipient, String subject, String body) {
        jdbc.sql("""
                insert into notification.message (event_key, channel, recipient, recipient_digest, subject, body)
                values (?, ?, ?, ?, ?, ?)
                on conflict (event_key, channel, recipient_digest) do nothing
                """)
                .params(eventKey, channel.name(), recipient, digest(recipient), subject, body)
                .update();
    }

    /** The keyed digest that stands for a recipient once the message is sent. */
    public byte[] digest(String recipient) {
        return secrets.digest("recipient", recipient.strip().toLowerCase(Locale.ROOT));
    }

    /** Claims due messages for this transaction; rows another instance holds are skipped, not waited for. */
    public List<Message> claimDue(int limit) {
        return jdbc.sql("""
                select id, channel, recipient, subject, body, attempts from notification.message
                where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at, id limit ? for update skip locked
                """)
                .param(limit)
                .query((rs, n) -> new Message(
                        rs.getLong(1),
                        Channel.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .list();
    }

    public void sent(long id, String instance) {
        jdbc.sql("""
                update notification.message set status = 'SENT', recipient = null, sent_at = now(), sent_by = ?,
                    attempts = attempts + 1
                where id = ?
                """).params(instance, id).update();
    }

    public void failed(Message message, String error, Duration retryDelay, int maxAttempts) {
        int attempts = message.attempts() + 1;
        Duration wait = retryDelay.multipliedBy(1L << Math.min(attempts - 1, 10));
        jdbc.sql("""
                update notification.message set attempts = ?, last_error = ?, next_attempt_at = ?,
                    status = case when ? >= ? then 'FAILED' else 'PENDING' end,
                    recipient = case when ? >= ? then null else recipient end
                where id = ?
                """)
                .params(
                        attempts,
                        error.length() > 1000 ? error.substring(0, 1000) : error,
                        OffsetDateTime.now().plus(wait),
                        attempts,
                        maxAttempts,
                        attempts,
                        maxAttempts,
                        message.id())
                .update();
    }
}
