package vn.danvan.reception;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.reception.ReceptionCommands.AppointHead;
import vn.danvan.reception.ReceptionCommands.ScheduleSession;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/** Heads with reception obligations and the reception schedule (lịch tiếp công dân) of each body. */
@Service
@Transactional
public class ReceptionSchedule {

    public record Head(long id, long bodyId, HeadPosition position, String fullName, @Nullable Long staffId,
            LocalDate activeFrom, @Nullable LocalDate activeTo) {
    }

    public record Session(long id, long bodyId, @Nullable Long headId, @Nullable String headName, SessionKind kind,
            LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place, boolean online,
            @Nullable String delegateName, SessionState state, boolean published, @Nullable String note) {
    }

    private static final String SESSION_SELECT = """
            select s.*, h.full_name as head_name from reception.session s
            left join reception.head h on h.id = s.head_id
            """;

    private final JdbcClient jdbc;
    private final ReceptionPolicy policy;
    private final ObligationRules rules;
    private final WorkingCalendar calendar;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    ReceptionSchedule(JdbcClient jdbc, ReceptionPolicy policy, ObligationRules rules, WorkingCalendar calendar,
            OrganizationDirectory organization, AuditTrail audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.rules = rules;
        this.calendar = calendar;
        this.organization = organization;
        this.audit = audit;
    }

    public Head appoint(AppointHead command, StaffMember staff) {
        Body body = body(command.bodyId());
        policy.requireReceptionWork(staff, body.id());
        long id = jdbc.sql("""
                insert into reception.head (body_id, position, full_name, staff_id, active_from)
                values (:body, :position, :name, :staff, :from) returning id
                """).param("body", body.id()).param("position", command.position().name())
                .param("name", command.fullName().strip()).param("staff", command.staffId())
                .param("from", command.activeFrom()).query(Long.class).single();
        audit.record("reception.head-appointed", "reception-head", id,
                Map.of("body", body.id(), "position", command.position().name()));
        return head(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Head> head(long id) {
        return jdbc.sql("select * from reception.head where id = ?").param(id).query((rs, n) -> head(rs)).optional();
    }

    @Transactional(readOnly = true)
    public List<Head> heads(java.util.Collection<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from reception.head where body_id in (:bodies) and active_to is null order by body_id, id")
                .param("bodies", bodyIds).query((rs, n) -> head(rs)).list();
    }

    public Session schedule(ScheduleSession command, StaffMember staff) {
        Body body = body(command.bodyId());
        policy.requireReceptionWork(staff, body.id());
        if (!command.endsAt().isAfter(command.startsAt())) {
            throw DomainException.invalid("reception.times-reversed");
        }
        String delegate = blankToNull(command.delegateName());
        if (command.kind().headLed()) {
            if (command.headId() == null) {
                throw DomainException.invalid("reception.head-required");
            }
            Head head = head(command.headId()).filter(h -> h.bodyId() == body.id())
                    .orElseThrow(() -> DomainException.invalid("reception.head-not-of-body"));
            if (command.kind() == SessionKind.PERIODIC) {
                if (!calendar.isWorkingDay(command.heldOn())) {
                    throw DomainException.invalid("reception.day-off", command.heldOn().toString());
                }
                var rule = rules.ruleFor(head.position(), command.heldOn());
                if (delegate != null && rule.isPresent() && !rule.get().mayDelegate()) {
                    throw DomainException.invalid("reception.delegation-not-allowed", rule.get().source());
                }
            }
        } else if (command.headId() != null || delegate != null) {
            throw DomainException.invalid("reception.regular-has-no-head");
        }
        long id = jdbc.sql("""
                insert into reception.session (body_id, head_id, kind, held_on, starts_at, ends_at, place, online,
                    delegate_name, state, published, note, created_by)
                values (:body, :head, :kind, :day, :starts, :ends, :place, :online, :delegate, 'SCHEDULED', :published,
                    :note, :by) returning id
                """).param("body", body.id()).param("head", command.kind().headLed() ? command.headId() : null)
                .param("kind", command.kind().name()).param("day", command.heldOn())
                .param("starts", command.startsAt()).param("ends", command.endsAt())
                .param("place", command.place().strip()).param("online", command.online())
                .param("delegate", delegate).param("published", command.published())
                .param("note", blankToNull(command.note())).param("by", staff.username())
                .query(Long.class).single();
        Map<String, Object> details = new HashMap<>();
        details.put("kind", command.kind().name());
        details.put("day", command.heldOn().toString());
        details.put("to", SessionState.SCHEDULED.name());
        audit.record("reception.session-scheduled", "reception-session", id, details);
        return session(id).orElseThrow();
    }

    /** The session took place; it counts towards its head's obligation from now on. */
    public Session markHeld(long sessionId, LocalDate today, StaffMember staff) {
        Session session = lockedSession(sessionId, staff);
        if (session.state() != SessionState.SCHEDULED) {
            throw DomainException.conflict("reception.session-not-scheduled");
        }
        if (session.heldOn().isAfter(today)) {
            throw DomainException.invalid("reception.session-in-future");
        }
        return transition(session, SessionState.HELD, null);
    }

    public Session cancel(long sessionId, String reason, StaffMember staff) {
        Session session = lockedSession(sessionId, staff);
        if (session.state() != SessionState.SCHEDULED) {
            throw DomainException.conflict("reception.session-not-scheduled");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reception.cancel-reason-required");
        }
        return transition(session, SessionState.CANCELLED, reason.strip());
    }

    private Session transition(Session session, SessionState to, @Nullable String reason) {
        jdbc.sql("""
                update reception.session set state = :state, note = coalesce(:reason, note), version = version + 1
                where id = :id
                """).param("state", to.name()).param("reason", reason).param("id", session.id()).update();
        Map<String, Object> details = new HashMap<>();
        details.put("from", session.state().name());
        details.put("to", to.name());
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.record("reception.session-" + to.name().toLowerCase(java.util.Locale.ROOT), "reception-session",
                session.id(), details);
        return session(session.id()).orElseThrow();
    }

    private Session lockedSession(long sessionId, StaffMember staff) {
        jdbc.sql("select id from reception.session where id = ? for update").param(sessionId).query(Long.class)
                .optional().orElseThrow(() -> DomainException.notFound("reception.session-unknown"));
        Session session = session(sessionId).orElseThrow();
        policy.requireReceptionWork(staff, session.bodyId());
        return session;
    }

    @Transactional(readOnly = true)
    public Optional<Session> session(long id) {
        return jdbc.sql(SESSION_SELECT + " where s.id = ?").param(id).query((rs, n) -> session(rs)).optional();
    }

    /** The sessions of the bodies between two days, earliest first. */
    @Transactional(readOnly = true)
    public List<Session> sessions(java.util.Collection<Long> bodyIds, LocalDate from, LocalDate to) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SESSION_SELECT + " where s.body_id in (:bodies) and s.held_on between :from and :to"
                + " order by s.held_on, s.starts_at, s.id")
                .param("bodies", bodyIds).param("from", from).param("to", to).query((rs, n) -> session(rs)).list();
    }

    /** The published, not cancelled sessions from a day on — what the portal shows citizens. */
    @Transactional(readOnly = true)
    public List<Session> publishedFrom(LocalDate from, int limit) {
        return jdbc.sql(SESSION_SELECT + " where s.published and s.state <> 'CANCELLED' and s.held_on >= :from"
                + " order by s.held_on, s.starts_at, s.id limit :limit")
                .param("from", from).param("limit", limit).query((rs, n) -> session(rs)).list();
    }

    private static Head head(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Head(rs.getLong("id"), rs.getLong("body_id"), HeadPosition.valueOf(rs.getString("position")),
                rs.getString("full_name"), (Long) rs.getObject("staff_id"), rs.getObject("active_from", LocalDate.class),
                rs.getObject("active_to", LocalDate.class));
    }

    private static Session session(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Session(rs.getLong("id"), rs.getLong("body_id"), (Long) rs.getObject("head_id"),
                rs.getString("head_name"), SessionKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class), rs.getString("place"), rs.getBoolean("online"),
                rs.getString("delegate_name"), SessionState.valueOf(rs.getString("state")), rs.getBoolean("published"),
                rs.getString("note"));
    }

    private Body body(long id) {
        return organization.body(id).orElseThrow(() -> DomainException.notFound("reception.body-unknown"));
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
