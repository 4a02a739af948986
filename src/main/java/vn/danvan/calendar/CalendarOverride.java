package vn.danvan.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A day whose status the administrator set for its year: an extra day off the Government decided, or a
 * working day (a Saturday worked in exchange for a bridge day, a holiday moved).
 */
public record CalendarOverride(
        LocalDate day, Kind kind, String name, @Nullable String basis) {

    public enum Kind {
        DAY_OFF,
        WORKING_DAY
    }
}
