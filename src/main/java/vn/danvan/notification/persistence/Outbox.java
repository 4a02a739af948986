package vn.danvan.notification.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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

    /**
     * A message to send: to {@code recipient}, or, when that is null, to whom {@code recipientRef} names
     * ({@code petitioner:<petition id>}), whose contact is opened only at send time; with the written notices
     * {@code noticeIds} attached to an e-mail.
     */
    public record Message(
            long id,
            Channel channel,
            @Nullable String recipient,
            @Nullable String recipientRef,
            String subject,
            String body,
            int attempts,
            List<Long> noticeIds) {

        /** Who the message is for, as a log line or an error may name it: masked, or the reference. */
        public String shownRecipient() {
            return recipient != null ? ContactSecrets.masked(recipient) : String.valueOf(recipientRef);
        }
    }

    /** Whom a message to a petitioner is for, when their contact is in their sealed identity only. */
    public static String petitioner(long petitionId) {
        return PETITIONER_REF + petitionId;
    }

    public static final String PETITIONER_REF = "petitioner:";

    /** The secret a message carried, taken out of its stored body once it is sent or given up. */
    private static final String ERASED = "body = case when erase_once_sent is null then body"
            + " else replace(body, erase_once_sent, '•••••-•••••') end, erase_once_sent = null";

    private final JdbcClient jdbc;
    private final ContactSecrets secrets;

    Outbox(JdbcClient jdbc, ContactSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Transactional
    public void add(String eventKey, Channel channel, String recipient, String subject, String body) {
        add(eventKey, channel, recipient, subject, body, List.of());
    }

    @Transactional
    public void add(
            String eventKey, Channel channel, String recipient, String subject, String body, List<Long> noticeIds) {
        add(eventKey, channel, recipient, subject, body, noticeIds, null);
    }

    /**
     * A message whose body holds a secret the recipient needs once — the receipt secret: {@code eraseOnceSent} is
     * taken out of the stored body when the message is sent or given up, as the recipient is.
     */
    @Transactional
    public void add(
            String eventKey,
            Channel channel,
            String recipient,
            String subject,
            String body,
            List<Long> noticeIds,
            @Nullable String eraseOnceSent) {
        jdbc.sql("""
                insert into notification.message (event_key, channel, recipient, recipient_digest, subject, body, notice_ids,
                    erase_once_sent)
                values (:key, :channel, :recipient, :digest, :subject, :body, :notices, :erase)
                on conflict (event_key, channel, recipient_digest) do nothing
                """)
                .param("key", eventKey)
                .param("channel", channel.name())
                .param("recipient", recipient)
                .param("digest", digest(recipient))
                .param("subject", subject)
                .param("body", body)
                .param("notices", noticeIds.toArray(Long[]::new))
                .param("erase", eraseOnceSent)
                .update();
    }

    /**
     * A message whose recipient is not written at all: {@code recipientRef} names whom to reach, and the dispatcher
     * opens their contact when it sends (docs/security.md: a petitioner's contact is never stored in clear).
     */
    @Transactional
    public void addByReference(
            String eventKey, Channel channel, String recipientRef, String subject, String body, List<Long> noticeIds) {
        jdbc.sql("""
                insert into notification.message (event_key, channel, recipient_ref, recipient_digest, subject, body, notice_ids)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (event_key, channel, recipient_digest) do nothing
                """)
                .params(
                        eventKey,
                        channel.name(),
                        recipientRef,
                        secrets.digest("recipient-ref", recipientRef),
                        subject,
                        body,
                        noticeIds.toArray(Long[]::new))
                .update();
    }

    /** The keyed digest that stands for a recipient once the message is sent. */
    public byte[] digest(String recipient) {
        return secrets.digest("recipient", recipient.strip().toLowerCase(Locale.ROOT));
    }

    /** Claims due messages for this transaction; rows another instance holds are skipped, not waited for. */
    public List<Message> claimDue(int limit) {
        return jdbc.sql("""
                select id, channel, recipient, recipient_ref, subject, body, attempts, notice_ids from notification.message
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
                        rs.getString(6),
                        rs.getInt(7),
                        List.of((Long[]) rs.getArray(8).getArray())))
                .list();
    }

    public void sent(long id, String instance) {
        jdbc.sql("update notification.message set status = 'SENT', recipient = null, sent_at = now(), sent_by = ?,"
                        + " attempts = attempts + 1, " + ERASED + " where id = ?")
                .params(instance, id)
                .update();
    }

    /** A message that cannot be sent at all (its petitioner left no contact of its channel): given up at once. */
    public void abandoned(long id, String reason) {
        jdbc.sql("update notification.message set status = 'FAILED', recipient = null, last_error = ?,"
                        + " attempts = attempts + 1, " + ERASED + " where id = ?")
                .params(reason, id)
                .update();
    }

    public void failed(Message message, String error, Duration retryDelay, int maxAttempts) {
        int attempts = message.attempts() + 1;
        Duration wait = retryDelay.multipliedBy(1L << Math.min(attempts - 1, 10));
        jdbc.sql("""
                update notification.message set attempts = ?, last_error = ?, next_attempt_at = ?,
                    status = case when ? >= ? then 'FAILED' else 'PENDING' end,
                    recipient = case when ? >= ? then null else recipient end,
                    body = case when ? >= ? and erase_once_sent is not null
                        then replace(body, erase_once_sent, '•••••-•••••') else body end,
                    erase_once_sent = case when ? >= ? then null else erase_once_sent end
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
                        attempts,
                        maxAttempts,
                        attempts,
                        maxAttempts,
                        message.id())
                .update();
    }
}
