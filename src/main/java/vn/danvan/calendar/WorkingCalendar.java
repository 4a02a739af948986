package vn.danvan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Deadline arithmetic over the Vietnamese working calendar. A period starts the day after the event
 * (Bộ luật Dân sự 2015 Đ.147); a calendar-day period whose last day is a day off ends on the next
 * working day (Đ.148(5)).
 */
@Component
public class WorkingCalendar {

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
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
}
