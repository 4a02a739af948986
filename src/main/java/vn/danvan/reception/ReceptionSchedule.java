package vn.danvan.reception;

import static vn.danvan.shared.InputText.blankToNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.reception.ReceptionCommands.AppointHead;
import vn.danvan.reception.ReceptionCommands.ScheduleSession;
import vn.danvan.reception.domain.ReceptionFrequency;
import vn.danvan.reception.domain.ReceptionPolicy;
import vn.danvan.reception.domain.ReceptionSession;
import vn.danvan.reception.domain.SessionState;
import vn.danvan.reception.persistence.ReceptionHeads;
import vn.danvan.reception.persistence.ReceptionSessions;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/** Heads with reception obligations and the reception schedule (lịch tiếp công dân) of each body. */
@Service
@Transactional
public class ReceptionSchedule {

    public record Head(
            long id,
            long bodyId,
            HeadPosition position,
            String fullName,
            @Nullable Long staffId,
            LocalDate activeFrom,
            @Nullable LocalDate activeTo) {}

    private final ReceptionHeads heads;
    private final ReceptionSessions sessions;
    private final ReceptionPolicy policy;
    private final WorkingCalendar calendar;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    ReceptionSchedule(
            ReceptionHeads heads,
            ReceptionSessions sessions,
            ReceptionPolicy policy,
            WorkingCalendar calendar,
            OrganizationDirectory organization,
            AuditTrail audit) {
        this.heads = heads;
        this.sessions = sessions;
        this.policy = policy;
        this.calendar = calendar;
        this.organization = organization;
        this.audit = audit;
    }

    public Head appoint(AppointHead command, StaffMember staff) {
        Body body = body(command.bodyId());
        policy.requireReceptionWork(staff, body.id());
        long id = heads.add(command);
        audit.record(
                "reception.head-appointed",
                "reception-head",
                id,
                Map.of("body", body.id(), "position", command.position().name()));
        return heads.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Head> head(long id) {
        return heads.find(id);
    }

    @Transactional(readOnly = true)
    public List<Head> heads(Collection<Long> bodyIds) {
        return heads.activeIn(bodyIds);
    }

    public SessionId schedule(ScheduleSession command, StaffMember staff) {
        Body body = body(command.bodyId());
        policy.requireReceptionWork(staff, body.id());
        String delegate = blankToNull(command.delegateName());
        Optional<Head> head = command.kind().headLed() && command.headId() != null
                ? heads.find(command.headId()).filter(h -> h.bodyId() == body.id())
                : Optional.empty();
        boolean periodic = command.kind() == SessionKind.PERIODIC;
        ReceptionSession.checkSchedule(
                command,
                delegate,
                head,
                !periodic || calendar.isWorkingDay(command.heldOn()),
                periodic
                        ? head.flatMap(h -> ReceptionFrequency.ruleFor(h.position(), command.heldOn()))
                        : Optional.empty());
        long id = sessions.add(command, command.kind().headLed() ? command.headId() : null, delegate, staff.username());
        Map<String, Object> details = new HashMap<>();
        details.put("kind", command.kind().name());
        details.put("day", command.heldOn().toString());
        details.put("to", SessionState.SCHEDULED.name());
        audit.record("reception.session-scheduled", "reception-session", id, details);
        return new SessionId(id);
    }

    /** The session took place; it counts towards its head's obligation from now on. */
    public ReceptionSession markHeld(long sessionId, LocalDate today, StaffMember staff) {
        ReceptionSession session = locked(sessionId, staff);
        return moved(session, session.markHeld(today), null);
    }

    public ReceptionSession cancel(long sessionId, String reason, StaffMember staff) {
        ReceptionSession session = locked(sessionId, staff);
        ReceptionSession cancelled = session.cancel(reason);
        return moved(session, cancelled, cancelled.note());
    }

    @Transactional(readOnly = true)
    public Optional<ReceptionSession> session(long id) {
        return sessions.find(id);
    }

    /** The sessions of the bodies between two days, earliest first. */
    @Transactional(readOnly = true)
    public List<ReceptionSession> sessions(Collection<Long> bodyIds, LocalDate from, LocalDate to) {
        return sessions.ofBodies(bodyIds, from, to);
    }

    /** The published, not cancelled sessions from a day on — what the portal shows citizens. */
    @Transactional(readOnly = true)
    public List<ReceptionSession> publishedFrom(LocalDate from, int limit) {
        return sessions.publishedFrom(from, limit);
    }

    private ReceptionSession moved(ReceptionSession before, ReceptionSession after, @Nullable String reason) {
        sessions.save(after);
        Map<String, Object> details = new HashMap<>();
        details.put("from", before.state().name());
        details.put("to", after.state().name());
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.record(
                "reception.session-" + after.state().name().toLowerCase(Locale.ROOT),
                "reception-session",
                after.id(),
                details);
        return after;
    }

    private ReceptionSession locked(long sessionId, StaffMember staff) {
        ReceptionSession session =
                sessions.lock(sessionId).orElseThrow(() -> DomainException.notFound("reception.session-unknown"));
        policy.requireReceptionWork(staff, session.bodyId());
        return session;
    }

    private Body body(long id) {
        return organization.body(id).orElseThrow(() -> DomainException.notFound("reception.body-unknown"));
    }
}
