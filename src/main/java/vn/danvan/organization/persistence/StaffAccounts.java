package vn.danvan.organization.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.organization.Role;
import vn.danvan.organization.domain.StaffAccountSummary;
import vn.danvan.shared.ReferenceCache;

/** Staff accounts (tài khoản cán bộ). */
@Repository
public class StaffAccounts {

    /** The cache regions of staff contacts and of API tokens, which a change to an account makes stale. */
    public static final String STAFF_CONTACTS = "organization.staff-contact";

    public static final String API_TOKENS = "organization.api-token";

    public record StaffAccount(
            long id,
            String username,
            String passwordHash,
            String fullName,
            @Nullable String email,
            long bodyId,
            Set<Role> roles,
            boolean mayViewDenouncerIdentity,
            boolean enabled) {}

    private final JdbcClient jdbc;
    private final ReferenceCache cache;

    public StaffAccounts(JdbcClient jdbc, ReferenceCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql("select * from organization.staff_account where username = ?")
                .param(username)
                .query((rs, row) -> new StaffAccount(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("full_name"),
                        rs.getString("email"),
                        rs.getLong("body_id"),
                        roles(rs.getArray("roles")),
                        rs.getBoolean("may_view_denouncer_identity"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    public List<StaffAccountSummary> all() {
        return jdbc.sql("select * from organization.staff_account order by username")
                .query((rs, row) -> new StaffAccountSummary(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("email"),
                        rs.getLong("body_id"),
                        roles(rs.getArray("roles")),
                        rs.getBoolean("may_view_denouncer_identity"),
                        rs.getBoolean("enabled")))
                .list();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from organization.staff_account where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void disable(long id) {
        cache.evict(STAFF_CONTACTS);
        cache.evict(API_TOKENS);
        jdbc.sql("update organization.staff_account set enabled = false where id = ?")
                .param(id)
                .update();
        // A signed-in session is not checked against the account again: a disabled account's sessions end here.
        jdbc.sql("""
                delete from spring_session
                where principal_name = (select username from organization.staff_account where id = ?)
                """).param(id).update();
    }

    public long add(
            String username,
            String passwordHash,
            String fullName,
            @Nullable String email,
            long bodyId,
            Set<Role> roles,
            boolean mayViewDenouncerIdentity) {
        cache.evict(STAFF_CONTACTS);
        return jdbc.sql("""
                insert into organization.staff_account
                    (username, password_hash, full_name, email, body_id, roles, may_view_denouncer_identity)
                values (:username, :hash, :fullName, :email, :bodyId, cast(:roles as text[]), :identity) returning id
                """)
                .param("username", username)
                .param("hash", passwordHash)
                .param("fullName", fullName)
                .param("email", email)
                .param("bodyId", bodyId)
                .param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}")))
                .param("identity", mayViewDenouncerIdentity)
                .query(Long.class)
                .single();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
