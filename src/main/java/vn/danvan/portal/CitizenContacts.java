package vn.danvan.portal;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How to reach the citizen who sent a case online, for notifications; nothing else reads these contacts. */
@Component
@Transactional(readOnly = true)
public class CitizenContacts {

    public record Contact(@Nullable String email, @Nullable String phone, Locale locale) {
    }

    private final JdbcClient jdbc;

    CitizenContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contact> of(long petitionId) {
        return jdbc.sql("select email, phone, locale from portal.submission where petition_id = ?").param(petitionId)
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), Locale.forLanguageTag(rs.getString(3))))
                .optional();
    }
}
