package vn.danvan.portal.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.portal.domain.CitizenAccount;

/** The citizens' accounts ({@code portal.citizen_account}); e-mail, phone and OIDC identity are each unique. */
@Repository
public class CitizenAccounts {

    private static final String COLUMNS = "id, full_name, email, phone, password_hash, oidc_issuer, oidc_subject";

    private final JdbcClient jdbc;

    CitizenAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new account; its id. A login or identity taken already fails with
     * {@link org.springframework.dao.DuplicateKeyException}.
     */
    public long add(CitizenAccount account) {
        return jdbc.sql("""
                insert into portal.citizen_account (email, phone, password_hash, full_name, oidc_issuer, oidc_subject)
                values (?, ?, ?, ?, ?, ?)
                returning id
                """)
                .param(account.email())
                .param(account.phone())
                .param(account.passwordHash())
                .param(account.fullName())
                .param(account.oidcIssuer())
                .param(account.oidcSubject())
                .query(Long.class)
                .single();
    }

    public Optional<CitizenAccount> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from portal.citizen_account where id = ?")
                .param(id)
                .query(CitizenAccounts::account)
                .optional();
    }

    /** The account an OIDC identity signs in to. */
    public Optional<Long> idOfOidcIdentity(String issuer, String subject) {
        return jdbc.sql("select id from portal.citizen_account where oidc_issuer = ? and oidc_subject = ?")
                .params(issuer, subject)
                .query(Long.class)
                .optional();
    }

    /** The account with this e-mail address that no OIDC identity signs in to yet. */
    public Optional<CitizenAccount> unlinkedWithEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from portal.citizen_account where email = ? and oidc_subject is null")
                .param(email)
                .query(CitizenAccounts::account)
                .optional();
    }

    /** The account with a password whose e-mail address or phone number is the login given. */
    public Optional<CitizenAccount> withPassword(@Nullable String email, @Nullable String phone) {
        return jdbc.sql("select " + COLUMNS + """
                 from portal.citizen_account
                where password_hash is not null and (email = ? or phone = ?)
                """)
                .param(email)
                .param(phone)
                .query(CitizenAccounts::account)
                .optional();
    }

    /** Writes the OIDC identity an account took on. */
    public void linked(CitizenAccount account) {
        jdbc.sql("update portal.citizen_account set oidc_issuer = ?, oidc_subject = ? where id = ?")
                .params(
                        Objects.requireNonNull(account.oidcIssuer(), "written after linkOidc()"),
                        Objects.requireNonNull(account.oidcSubject(), "written after linkOidc()"),
                        account.id())
                .update();
    }

    /** The tracking codes of the cases the account sent, newest first, at most a hundred. */
    public List<String> trackingCodesSentBy(long citizenId) {
        return jdbc.sql(
                        "select tracking_code from portal.submission where citizen_id = ? order by created_at desc limit 100")
                .param(citizenId)
                .query(String.class)
                .list();
    }

    private static CitizenAccount account(ResultSet rs, int row) throws SQLException {
        return CitizenAccount.restore(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("password_hash"),
                rs.getString("oidc_issuer"),
                rs.getString("oidc_subject"));
    }
}
