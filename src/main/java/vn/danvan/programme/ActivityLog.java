package vn.danvan.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.LawfulDates;

/**
 * Work with ethnic-minority and religious communities and leaders' field visits to grassroots Party cells: what
 * community, where, and what was learned. Recorded by planners of a body in scope, audited.
 */
@Service
@Transactional
public class ActivityLog {

    public record RecordActivity(
            @NotNull Long bodyId,
            @NotNull ActivityKind kind,
            @NotNull ActivityCommunity community,
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = InputText.LINE) String place,
            @Nullable @Size(max = InputText.NAME) String leaderName,
            @NotBlank @Size(max = InputText.LONGEST) String learned) {}

    public record Activity(
            long id,
            long bodyId,
            ActivityKind kind,
            ActivityCommunity community,
            LocalDate heldOn,
            String place,
            @Nullable String leaderName,
            String learned) {}

    private final JdbcClient jdbc;
    private final Plans timelines;
    private final PlanPolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    ActivityLog(
            JdbcClient jdbc, Plans timelines, PlanPolicy policy, OrganizationDirectory organization, AuditTrail audit) {
        this.jdbc = jdbc;
        this.timelines = timelines;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    public long record(RecordActivity command, LocalDate today, StaffMember staff) {
        organization.body(command.bodyId()).orElseThrow(() -> DomainException.invalid("activity.body-unknown"));
        policy.requirePlanner(staff, command.bodyId());
        LawfulDates.check(command.heldOn());
        if (command.heldOn().isAfter(today)) {
            throw DomainException.invalid("activity.in-future");
        }
        if (command.kind() == ActivityKind.FIELD_VISIT && InputText.isBlank(command.leaderName())) {
            throw DomainException.invalid("activity.leader-required");
        }
        long id = jdbc.sql("""
                insert into programme.activity (body_id, kind, community, held_on, place, leader_name, learned, created_by)
                values (:body, :kind, :community, :on, :place, :leader, :learned, :by) returning id
                """)
                .param("body", command.bodyId())
                .param("kind", command.kind().name())
                .param("community", command.community().name())
                .param("on", command.heldOn())
                .param("place", command.place())
                .param("leader", InputText.blankToNull(command.leaderName()))
                .param("learned", command.learned())
                .param("by", staff.username())
                .query(Long.class)
                .single();
        timelines.recordEvent("activity", id, "RECORDED", command.place(), staff.username());
        audit.record(
                "activity.recorded",
                "activity",
                id,
                Map.of(
                        "body",
                        command.bodyId(),
                        "kind",
                        command.kind().name(),
                        "on",
                        command.heldOn().toString()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Activity> activities(int year, StaffMember staff) {
        return jdbc.sql("""
                select id, body_id, kind, community, held_on, place, leader_name, learned from programme.activity
                where (:all or body_id = any(:bodies)) and held_on between :from and :to order by held_on desc, id desc
                """)
                .param("all", staff.allBodies())
                .param("bodies", staff.scope().toArray(Long[]::new))
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Activity(
                        rs.getLong("id"),
                        rs.getLong("body_id"),
                        ActivityKind.valueOf(rs.getString("kind")),
                        ActivityCommunity.valueOf(rs.getString("community")),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("place"),
                        rs.getString("leader_name"),
                        rs.getString("learned")))
                .list();
    }
}
