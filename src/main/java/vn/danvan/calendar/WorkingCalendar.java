package vn.danvan.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.domain.HolidayRules;

/**
 * Deadline arithmetic over the Vietnamese working calendar: weekends, the statutory holidays and their
 * compensatory days ({@link HolidayRules}), and the overrides recorded for each year. A period starts
 * the day after the event (Bộ luật Dân sự 2015 Đ.147); a calendar-day period whose last day is a day
 * off ends on the next working day (Đ.148(5)).
 */
@Component
public class WorkingCalendar {

    /** Where the overrides of a year come from: the database in the application, a map in unit tests. */
    @FunctionalInterface
    public interface Overrides {
        Map<LocalDate, CalendarOverride> forYear(int year);
    }

    /** Another instance may change the overrides; a year is read again after this long. */
    private static final Duration FRESHNESS = Duration.ofSeconds(60);

    private record Year(Map<LocalDate, DayOff> rules, Map<LocalDate, CalendarOverride> overrides, Instant loadedAt) {}

    private final Overrides overrides;
    private final Clock clock;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    WorkingCalendar(Overrides overrides, Clock clock) {
        this.overrides = overrides;
        this.clock = clock;
    }

    /** A calendar with overrides from elsewhere than the database: for plain unit tests of other modules' rules. */
    public static WorkingCalendar withOverrides(Overrides overrides) {
        return new WorkingCalendar(overrides, Clock.systemUTC());
    }

    public boolean isWorkingDay(LocalDate date) {
        Year year = year(date.getYear());
        CalendarOverride override = year.overrides().get(date);
        if (override != null) {
            return override.kind() == CalendarOverride.Kind.WORKING_DAY;
        }
        return !HolidayRules.isWeekend(date) && !year.rules().containsKey(date);
    }

    /** The days off of a year besides ordinary weekends: holidays, compensatory days and overrides, by date. */
    public List<DayOff> daysOff(int year) {
        Year loaded = year(year);
        Map<LocalDate, DayOff> days = new TreeMap<>(loaded.rules());
        loaded.overrides().values().forEach(override -> {
            if (override.kind() == CalendarOverride.Kind.WORKING_DAY) {
                days.remove(override.day());
            } else {
                days.put(
                        override.day(),
                        new DayOff(override.day(), DayOff.Source.OVERRIDE, null, override.name(), override.basis()));
            }
        });
        return List.copyOf(days.values());
    }

    /** The overrides recorded for a year, by date. */
    public List<CalendarOverride> overrides(int year) {
        return List.copyOf(new TreeMap<>(year(year).overrides()).values());
    }

    /** The day {@code days} working days after {@code start}; {@code start} itself is not counted. */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The day {@code days} calendar days after {@code start}, moved to the next working day if it is a day off. */
    public LocalDate plusCalendarDays(LocalDate start, int days) {
        LocalDate date = start.plusDays(days);
        while (!isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    public LocalDate plus(LocalDate start, int days, DayCount count) {
        return count == DayCount.WORKING_DAYS ? plusWorkingDays(start, days) : plusCalendarDays(start, days);
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** Forget what was loaded, after an override changed. */
    public void forget(int year) {
        years.remove(year);
    }

    private Year year(int year) {
        Instant now = clock.instant();
        return years.compute(
                year,
                (key, loaded) ->
                        loaded != null && loaded.loadedAt().plus(FRESHNESS).isAfter(now)
                                ? loaded
                                : new Year(HolidayRules.daysOff(year), overrides.forYear(year), now));
    }
}
