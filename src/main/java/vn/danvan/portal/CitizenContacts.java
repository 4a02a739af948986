package vn.danvan.portal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.TransactionScoped;

/**
 * How to reach the citizen who sent a case online, for notifications; nothing else reads these contacts. They are
 * stored encrypted ({@link ContactSecrets}): the database alone does not tell who sent what.
 */
@Component
@Transactional(readOnly = true)
public class CitizenContacts {

    public record Contact(@Nullable String email, @Nullable String phone, Locale locale) {}

    private final JdbcClient jdbc;
    private final ContactSecrets secrets;

    CitizenContacts(JdbcClient jdbc, ContactSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    public Optional<Contact> of(long petitionId) {
        Contact written = TransactionScoped.current(WrittenContacts.class, WrittenContacts::new)
                .map(contacts -> contacts.byPetition.get(petitionId))
                .orElse(null);
        if (written != null) {
            return Optional.of(written);
        }
        return jdbc.sql("select email_sealed, phone_sealed, locale from portal.submission where petition_id = ?")
                .param(petitionId)
                .query((rs, n) ->
                        new Contact(open(rs.getBytes(1)), open(rs.getBytes(2)), Locale.forLanguageTag(rs.getString(3))))
                .optional();
    }

    /**
     * The contact of a submission written in this transaction: for a petition registered in this transaction, the
     * only one it can have, so the receipt's messages need not look for it in the table.
     */
    public Optional<Contact> writtenNow(long petitionId) {
        return TransactionScoped.current(WrittenContacts.class, WrittenContacts::new)
                .map(contacts -> contacts.byPetition.get(petitionId));
    }

    byte @Nullable [] seal(@Nullable String contact) {
        return contact == null ? null : secrets.seal(contact);
    }

    private @Nullable String open(byte @Nullable [] sealed) {
        return sealed == null ? null : secrets.open(sealed);
    }

    /**
     * The contact of a submission just written, for the notifications decided before the same transaction
     * commits: they need not read back what the submission wrote a moment before.
     */
    void written(long petitionId, Contact contact) {
        TransactionScoped.current(WrittenContacts.class, WrittenContacts::new)
                .ifPresent(contacts -> contacts.byPetition.put(petitionId, contact));
    }

    /** The contacts written in one transaction; forgotten with it. */
    private static final class WrittenContacts implements TransactionSynchronization {
        final Map<Long, Contact> byPetition = new HashMap<>();
    }
}
