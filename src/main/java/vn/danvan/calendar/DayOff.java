package vn.danvan.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A day that is not a working day although it is a weekday, or an entry of the calendar that changes
 * one. {@code holiday} names a statutory holiday; an override carries the name and legal basis typed in.
 */
public record DayOff(
        LocalDate day,
        Source source,
        @Nullable Holiday holiday,
        @Nullable String name,
        @Nullable String basis) {

    public enum Source {
        /** Ngày nghỉ lễ, tết (Bộ luật Lao động 2019 Đ.112(1)). */
        STATUTORY,
        /** Ngày nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần (Đ.111(3)). */
        COMPENSATORY,
        /** Set for the year by the administrator: a day off decided by the Government, or a swap. */
        OVERRIDE
    }

    /** The statutory holidays (Bộ luật Lao động 2019 Đ.112(1)). */
    public enum Holiday {
        NEW_YEAR,
        LUNAR_NEW_YEAR,
        HUNG_KINGS,
        REUNIFICATION,
        LABOUR_DAY,
        NATIONAL_DAY
    }
}
