package vn.danvan.open311.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.open311.domain.ApiClient;
import vn.danvan.shared.AuditTrail;

/** The API clients ({@code open311.api_client}), keys stored as hashes. */
@Repository
public class ApiClients {

    private final JdbcClient jdbc;

    ApiClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new client, by the current actor; its id. */
    public long add(ApiClient client) {
        return jdbc.sql("""
                insert into open311.api_client (name, contact, key_sha256, key_prefix, created_by) values (?, ?, ?, ?, ?)
                returning id
                """)
                .param(client.name())
                .param(client.contact())
                .param(client.keySha256())
                .param(client.keyPrefix())
                .param(AuditTrail.currentActor())
                .query(Long.class)
                .single();
    }

    public Optional<ApiClient> byId(long id) {
        return jdbc.sql("select * from open311.api_client where id = ?")
                .param(id)
                .query(ApiClients::client)
                .optional();
    }

    /** The active client whose key has this hash. */
    public Optional<ApiClient> activeWithKey(String keySha256) {
        return jdbc.sql("select * from open311.api_client where key_sha256 = ? and revoked_at is null")
                .param(keySha256)
                .query(ApiClients::client)
                .optional();
    }

    /** Active first, then by name. */
    public List<ApiClient> all() {
        return jdbc.sql("select * from open311.api_client order by revoked_at nulls first, name")
                .query(ApiClients::client)
                .list();
    }

    /** Writes a revocation; false when another got there first. */
    public boolean revoked(ApiClient client) {
        return jdbc.sql("update open311.api_client set revoked_at = ? where id = ? and revoked_at is null")
                        .params(Objects.requireNonNull(client.revokedAt(), "written after revoke()"), client.id())
                        .update()
                > 0;
    }

    private static ApiClient client(ResultSet rs, int row) throws SQLException {
        return ApiClient.restore(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("contact"),
                rs.getString("key_sha256"),
                rs.getString("key_prefix"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }
}
