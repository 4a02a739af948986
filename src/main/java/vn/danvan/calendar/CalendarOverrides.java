package vn.danvan.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The overrides of the calendar, kept in {@code calendar.day_override}. */
@Component
class CalendarOverrides implements WorkingCalendar.Overrides {

    private final JdbcClient jdbc;

    CalendarOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<LocalDate, CalendarOverride> forYear(int year) {
        return jdbc.sql("""
                select day, kind, name, basis from calendar.day_override
                where day between :first and :last
                """).param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CalendarOverride(rs.getObject("day", LocalDate.class),
                        CalendarOverride.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("basis")))
                .list().stream().collect(Collectors.toMap(CalendarOverride::day, Function.identity()));
    }

    boolean exists(LocalDate day) {
        return jdbc.sql("select count(*) from calendar.day_override where day = ?").param(day).query(Integer.class)
                .single() > 0;
    }

    void insert(CalendarOverride override, String actor) {
        jdbc.sql("""
                insert into calendar.day_override (day, kind, name, basis, created_by)
                values (:day, :kind, :name, :basis, :actor)
                """).param("day", override.day()).param("kind", override.kind().name()).param("name", override.name())
                .param("basis", override.basis()).param("actor", actor).update();
    }

    int delete(LocalDate day) {
        return jdbc.sql("delete from calendar.day_override where day = ?").param(day).update();
    }
}
