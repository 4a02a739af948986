package vn.danvan.organization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * The permission to read a denouncer's identity (Luật Tố cáo 2018 Đ.9(1)(b), Đ.47) is a two-person act: an
 * administrator requests it for an account of a body in their own scope (never for themself), and it takes
 * effect only when a head of that body, or of a body above it, other than the requester and the grantee,
 * approves it. Heads may refuse and revoke. Every step is audited; refused attempts too.
 */
@Service
@Transactional
public class IdentityPermissions {

    public enum State {
        REQUESTED,
        APPROVED,
        REFUSED,
        REVOKED
    }

    /** A request or grant, with the names a head needs to judge it. */
    public record Grant(
            long id,
            long staffId,
            String username,
            String fullName,
            long bodyId,
            State state,
            @Nullable String requestedBy,
            OffsetDateTime requestedAt,
            @Nullable String decidedBy,
            @Nullable OffsetDateTime decidedAt) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    IdentityPermissions(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** An administrator asks for the permission for an account of a body in their own scope. */
    public long request(long staffId, StaffMember requester) {
        long body = bodyOf(staffId);
        if (!requester.has(Role.ADMINISTRATOR)) {
            throw refused("organization.identity.request-not-administrator", staffId, requester);
        }
        if (requester.id() == staffId) {
            throw refused("organization.identity.self-request", staffId, requester);
        }
        // The structural scope (own body and those below), not the administrators' reach over all bodies.
        if (!requester.scope().contains(body)) {
            throw refused("organization.identity.out-of-scope", staffId, requester);
        }
        // One open request or grant per account, held by the partial unique index even under concurrent requests.
        long id = jdbc.sql("""
                insert into organization.identity_permission (staff_id, state, requested_by)
                values (?, 'REQUESTED', ?)
                on conflict (staff_id) where state in ('REQUESTED', 'APPROVED') do nothing
                returning id
                """)
                .params(staffId, requester.id())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.conflict("organization.identity.already-open"));
        audit.record(
                "staff.identity-permission-requested", "staff_account", staffId, Map.of("request", id, "body", body));
        return id;
    }

    /** A head of the grantee's body (or above), neither the requester nor the grantee, approves. */
    public void approve(long requestId, StaffMember head) {
        Open request = decidable(requestId, head);
        jdbc.sql("""
                update organization.identity_permission set state = 'APPROVED', decided_by = ?, decided_at = now()
                where id = ?
                """).params(head.id(), requestId).update();
        setFlag(request.staffId(), true);
        audit.record(
                "staff.identity-permission-approved",
                "staff_account",
                request.staffId(),
                Map.of("request", requestId, "requestedBy", String.valueOf(request.requestedBy())));
    }

    public void refuse(long requestId, StaffMember head) {
        Open request = decidable(requestId, head);
        jdbc.sql("""
                update organization.identity_permission set state = 'REFUSED', decided_by = ?, decided_at = now()
                where id = ?
                """).params(head.id(), requestId).update();
        audit.record(
                "staff.identity-permission-refused", "staff_account", request.staffId(), Map.of("request", requestId));
    }

    /** A head of the holder's body (or above) ends the permission at once. */
    public void revoke(long staffId, StaffMember head) {
        long body = bodyOf(staffId);
        if (!head.has(Role.HEAD_OF_BODY) || !head.scope().contains(body)) {
            throw refused("organization.identity.not-head", staffId, head);
        }
        int revoked = jdbc.sql("""
                update organization.identity_permission set state = 'REVOKED', revoked_by = ?, revoked_at = now()
                where staff_id = ? and state = 'APPROVED'
                """).params(head.id(), staffId).update();
        if (revoked == 0) {
            throw DomainException.conflict("organization.identity.not-held");
        }
        setFlag(staffId, false);
        audit.record("staff.identity-permission-revoked", "staff_account", staffId, Map.of());
    }

    /** Whether the account holds the permission now (read at each use, so a revocation counts at once). */
    @Transactional(readOnly = true)
    public boolean holds(long staffId) {
        return jdbc.sql("""
                select count(*) from organization.staff_account where id = ? and enabled and may_view_denouncer_identity
                """).param(staffId).query(Integer.class).single() > 0;
    }

    /** The open requests and current holders of the bodies a head answers for, requests first. */
    @Transactional(readOnly = true)
    public List<Grant> ofBodiesOf(StaffMember head) {
        if (!head.has(Role.HEAD_OF_BODY) || head.scope().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select g.id, g.staff_id, s.username, s.full_name, s.body_id, g.state, r.username as requested_by,
                       g.requested_at, d.username as decided_by, g.decided_at
                from organization.identity_permission g
                join organization.staff_account s on s.id = g.staff_id
                left join organization.staff_account r on r.id = g.requested_by
                left join organization.staff_account d on d.id = g.decided_by
                where g.state in ('REQUESTED', 'APPROVED') and s.body_id in (:bodies)
                order by g.state desc, g.requested_at, g.id
                """)
                .param("bodies", head.scope())
                .query((rs, n) -> new Grant(
                        rs.getLong("id"),
                        rs.getLong("staff_id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getLong("body_id"),
                        State.valueOf(rs.getString("state")),
                        rs.getString("requested_by"),
                        rs.getObject("requested_at", OffsetDateTime.class),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class)))
                .list();
    }

    /** The accounts with a request waiting for a head's decision. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> requested() {
        return java.util.Set.copyOf(
                jdbc.sql("select staff_id from organization.identity_permission where state = 'REQUESTED'")
                        .query(Long.class)
                        .list());
    }

    /** Demo data and tests: an account that holds the permission from the start, recorded as such. */
    void seed(long staffId) {
        jdbc.sql("""
                insert into organization.identity_permission (staff_id, state, decided_at) values (?, 'APPROVED', now())
                """).param(staffId).update();
        setFlag(staffId, true);
        audit.record("staff.identity-permission-seeded", "staff_account", staffId, Map.of());
    }

    private record Open(long staffId, @Nullable Long requestedBy) {}

    private Open decidable(long requestId, StaffMember head) {
        Open request = jdbc.sql("""
                select staff_id, requested_by from organization.identity_permission
                where id = ? and state = 'REQUESTED' for update
                """)
                .param(requestId)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getObject(2, Long.class)))
                .optional()
                .orElseThrow(() -> DomainException.notFound("organization.identity.no-request"));
        long body = bodyOf(request.staffId());
        if (!head.has(Role.HEAD_OF_BODY) || !head.scope().contains(body)) {
            throw refused("organization.identity.not-head", request.staffId(), head);
        }
        if (request.requestedBy() != null && request.requestedBy() == head.id() || request.staffId() == head.id()) {
            throw refused("organization.identity.same-person", request.staffId(), head);
        }
        return request;
    }

    private long bodyOf(long staffId) {
        return jdbc.sql("select body_id from organization.staff_account where id = ?")
                .param(staffId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("organization.identity.unknown-staff"));
    }

    private void setFlag(long staffId, boolean held) {
        jdbc.sql("update organization.staff_account set may_view_denouncer_identity = ? where id = ?")
                .params(held, staffId)
                .update();
    }

    private DomainException refused(String code, long staffId, StaffMember actor) {
        audit.recordRefusal(
                "staff.identity-permission-refused-attempt",
                "staff_account",
                staffId,
                Map.of("reason", code, "by", actor.username()));
        return DomainException.forbidden(code);
    }
}
