package vn.danvan.reception.persistence;

import static vn.danvan.shared.InputText.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.reception.ReceptionCommands.ScheduleSession;
import vn.danvan.reception.SessionKind;
import vn.danvan.reception.domain.ReceptionSession;
import vn.danvan.reception.domain.SessionState;

/** The sessions of the reception schedule. */
@Repository
public class ReceptionSessions {

    private static final String SELECT = """
            select s.*, h.full_name as head_name from reception.session s
            left join reception.head h on h.id = s.head_id
            """;

    private final JdbcClient jdbc;

    ReceptionSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts a session on the schedule; returns its id. */
    public long add(ScheduleSession command, @Nullable Long headId, @Nullable String delegate, String createdBy) {
        return jdbc.sql("""
                insert into reception.session (body_id, head_id, kind, held_on, starts_at, ends_at, place, online,
                    delegate_name, state, published, note, created_by)
                values (:body, :head, :kind, :day, :starts, :ends, :place, :online, :delegate, 'SCHEDULED', :published,
                    :note, :by) returning id
                """)
                .param("body", command.bodyId())
                .param("head", headId)
                .param("kind", command.kind().name())
                .param("day", command.heldOn())
                .param("starts", command.startsAt())
                .param("ends", command.endsAt())
                .param("place", command.place().strip())
                .param("online", command.online())
                .param("delegate", delegate)
                .param("published", command.published())
                .param("note", blankToNull(command.note()))
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public Optional<ReceptionSession> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?")
                .param(id)
                .query((rs, n) -> session(rs))
                .optional();
    }

    /** The session, locked for a move until the transaction ends. */
    public Optional<ReceptionSession> lock(long id) {
        return jdbc.sql("select id from reception.session where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    /** Writes where the session stands after a move. */
    public void save(ReceptionSession session) {
        jdbc.sql("update reception.session set state = :state, note = :note, version = version + 1 where id = :id")
                .param("state", session.state().name())
                .param("note", session.note())
                .param("id", session.id())
                .update();
    }

    /** The sessions of the bodies between two days, earliest first. */
    public List<ReceptionSession> ofBodies(Collection<Long> bodyIds, LocalDate from, LocalDate to) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where s.body_id in (:bodies) and s.held_on between :from and :to"
                        + " order by s.held_on, s.starts_at, s.id")
                .param("bodies", bodyIds)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> session(rs))
                .list();
    }

    /** The published, not cancelled sessions from a day on — what the portal shows citizens. */
    public List<ReceptionSession> publishedFrom(LocalDate from, int limit) {
        return jdbc.sql(SELECT + " where s.published and s.state <> 'CANCELLED' and s.held_on >= :from"
                        + " order by s.held_on, s.starts_at, s.id limit :limit")
                .param("from", from)
                .param("limit", limit)
                .query((rs, n) -> session(rs))
                .list();
    }

    /**
     * Days of periodic reception of the head in a state between two days, not before {@code notBefore}; sessions
     * led by a delegate count only when {@code delegationCounts}.
     */
    public int periodicDays(
            long headId,
            LocalDate start,
            LocalDate end,
            SessionState state,
            boolean delegationCounts,
            LocalDate notBefore) {
        return jdbc.sql("""
                select count(distinct held_on) from reception.session
                where head_id = :head and kind = 'PERIODIC' and state = :state
                  and held_on between :start and :end and held_on >= :notBefore
                  and (delegate_name is null or :delegationCounts)
                """)
                .param("head", headId)
                .param("state", state.name())
                .param("start", start)
                .param("end", end)
                .param("notBefore", notBefore)
                .param("delegationCounts", delegationCounts)
                .query(Integer.class)
                .single();
    }

    /** A periodic session's day, for counting {@link #periodicDays} of many heads from one read. */
    public record PeriodicDay(long headId, LocalDate heldOn, SessionState state, boolean delegated) {}

    /** The held and scheduled periodic sessions of the heads between two days, in one query for all of them. */
    public List<PeriodicDay> periodicDays(Collection<Long> headIds, LocalDate from, LocalDate to) {
        if (headIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select head_id, held_on, state, delegate_name is not null as delegated from reception.session
                where head_id in (:heads) and kind = 'PERIODIC' and state in ('HELD', 'SCHEDULED')
                  and held_on between :from and :to
                """)
                .param("heads", headIds)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new PeriodicDay(
                        rs.getLong("head_id"),
                        rs.getObject("held_on", LocalDate.class),
                        SessionState.valueOf(rs.getString("state")),
                        rs.getBoolean("delegated")))
                .list();
    }

    private static ReceptionSession session(ResultSet rs) throws SQLException {
        return new ReceptionSession(
                rs.getLong("id"),
                rs.getLong("body_id"),
                (Long) rs.getObject("head_id"),
                rs.getString("head_name"),
                SessionKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class),
                rs.getString("place"),
                rs.getBoolean("online"),
                rs.getString("delegate_name"),
                SessionState.valueOf(rs.getString("state")),
                rs.getBoolean("published"),
                rs.getString("note"));
    }
}
