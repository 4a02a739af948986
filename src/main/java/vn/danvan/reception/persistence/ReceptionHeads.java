package vn.danvan.reception.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.reception.HeadPosition;
import vn.danvan.reception.ReceptionCommands.AppointHead;
import vn.danvan.reception.ReceptionSchedule.Head;

/** The heads with reception obligations, as appointed in each body. */
@Repository
public class ReceptionHeads {

    private final JdbcClient jdbc;

    ReceptionHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the appointment; returns the head's id. */
    public long add(AppointHead command) {
        return jdbc.sql("""
                insert into reception.head (body_id, position, full_name, staff_id, active_from)
                values (:body, :position, :name, :staff, :from) returning id
                """)
                .param("body", command.bodyId())
                .param("position", command.position().name())
                .param("name", command.fullName().strip())
                .param("staff", command.staffId())
                .param("from", command.activeFrom())
                .query(Long.class)
                .single();
    }

    public Optional<Head> find(long id) {
        return jdbc.sql("select * from reception.head where id = ?")
                .param(id)
                .query((rs, n) -> head(rs))
                .optional();
    }

    /** The heads of the bodies still in office. */
    public List<Head> activeIn(Collection<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from reception.head where body_id in (:bodies) and active_to is null order by body_id, id")
                .param("bodies", bodyIds)
                .query((rs, n) -> head(rs))
                .list();
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(
                rs.getLong("id"),
                rs.getLong("body_id"),
                HeadPosition.valueOf(rs.getString("position")),
                rs.getString("full_name"),
                (Long) rs.getObject("staff_id"),
                rs.getObject("active_from", LocalDate.class),
                rs.getObject("active_to", LocalDate.class));
    }
}
