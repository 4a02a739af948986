package vn.danvan.shared;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes who did what, when and from where. Must be called inside the transaction that makes the
 * change, so the change and its audit row commit or roll back together.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, Map<String, ?> details) {
        jdbc.sql("""
                insert into shared.audit_event (actor, actor_ip, action, subject_type, subject_id, details)
                values (:actor, :ip, :action, :subjectType, :subjectId, cast(:details as jsonb))
                """)
                .param("actor", currentActor())
                .param("ip", currentAddress())
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", String.valueOf(subjectId))
                .param("details", json.writeValueAsString(details))
                .update();
    }

    /**
     * Records in a transaction of its own, so the row stays even when the caller's transaction rolls
     * back — for refused attempts, which must leave a trace although they change nothing.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String action, String subjectType, Object subjectId, Map<String, ?> details) {
        record(action, subjectType, subjectId, details);
    }

    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
