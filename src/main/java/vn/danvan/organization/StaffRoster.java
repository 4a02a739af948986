package vn.danvan.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who works where, for modules that pick staff accounts (the participants of a training course). */
@Component
@Transactional(readOnly = true)
public class StaffRoster {

    /** An enabled staff account: its id, username, name and body. */
    public record Member(long id, String username, String fullName, long bodyId) {}

    private final JdbcClient jdbc;

    StaffRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled staff of the bodies, by name. */
    public List<Member> of(Collection<Long> bodyIds) {
        return jdbc.sql("""
                select id, username, full_name, body_id from organization.staff_account
                where enabled and body_id = any(?) order by full_name, id
                """)
                .param(bodyIds.toArray(Long[]::new))
                .query((rs, n) -> new Member(
                        rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getLong("body_id")))
                .list();
    }

    public Optional<Member> member(long id) {
        return jdbc.sql(
                        "select id, username, full_name, body_id from organization.staff_account where id = ? and enabled")
                .param(id)
                .query((rs, n) -> new Member(
                        rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getLong("body_id")))
                .optional();
    }
}
