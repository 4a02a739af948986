package vn.danvan.calendar.persistence;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.CalendarOverride;
import vn.danvan.calendar.WorkingCalendar;

/** The overrides of the calendar, kept in {@code calendar.day_override}. */
@Component
public class CalendarOverrides implements WorkingCalendar.Overrides {

    private final JdbcClient jdbc;

    public CalendarOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<LocalDate, CalendarOverride> forYear(int year) {
        return jdbc
                .sql("""
                select day, kind, name, basis from calendar.day_override
                where day between :first and :last
                """)
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CalendarOverride(
                        rs.getObject("day", LocalDate.class),
                        CalendarOverride.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("basis")))
                .list()
                .stream()
                .collect(Collectors.toMap(CalendarOverride::day, Function.identity()));
    }

    public boolean exists(LocalDate day) {
        return jdbc.sql("select count(*) from calendar.day_override where day = ?")
                        .param(day)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(CalendarOverride override, String actor) {
        jdbc.sql("""
                insert into calendar.day_override (day, kind, name, basis, created_by)
                values (:day, :kind, :name, :basis, :actor)
                """)
                .param("day", override.day())
                .param("kind", override.kind().name())
                .param("name", override.name())
                .param("basis", override.basis())
                .param("actor", actor)
                .update();
    }

    public int delete(LocalDate day) {
        return jdbc.sql("delete from calendar.day_override where day = ?")
                .param(day)
                .update();
    }
}
