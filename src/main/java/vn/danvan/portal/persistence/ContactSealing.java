package vn.danvan.portal.persistence;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.portal.domain.ContactKeys;
import vn.danvan.shared.ContactSecrets;

/**
 * Submissions written before contacts were encrypted still hold them in clear: at start, they are sealed, given
 * their keyed digests and their clear columns erased, a thousand rows a transaction. Rows locked by another
 * instance doing the same are skipped, not waited for; nothing is left once every instance has started.
 */
@Component
class ContactSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContactSealing.class);

    private record Clear(
            long id, @Nullable String email, @Nullable String phone) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ContactSecrets secrets;
    private final ContactKeys keys;

    ContactSealing(JdbcClient jdbc, TransactionTemplate transactions, ContactSecrets secrets, ContactKeys keys) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.secrets = secrets;
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int sealed = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                var rows = jdbc.sql("""
                        select id, email, phone from portal.submission
                        where email is not null or phone is not null or contact_key is not null
                        limit 1000 for update skip locked
                        """)
                        .query((rs, n) -> new Clear(rs.getLong(1), rs.getString(2), rs.getString(3)))
                        .list();
                for (Clear row : rows) {
                    jdbc.sql("""
                            update portal.submission set email = null, phone = null, contact_key = null,
                                email_sealed = coalesce(?, email_sealed), phone_sealed = coalesce(?, phone_sealed),
                                email_digest = coalesce(email_digest, ?), phone_digest = coalesce(phone_digest, ?)
                            where id = ?
                            """)
                            .param(row.email() == null ? null : secrets.seal(row.email()))
                            .param(row.phone() == null ? null : secrets.seal(row.phone()))
                            .param(keys.email(row.email()))
                            .param(keys.phone(row.phone()))
                            .param(row.id())
                            .update();
                }
                return rows.size();
            });
            if (batch == null || batch == 0) {
                break;
            }
            sealed += batch;
        }
        if (sealed > 0) {
            log.info("Encrypted the contacts of {} earlier submissions and erased them in clear", sealed);
        }
    }
}
