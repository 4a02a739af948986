package vn.danvan.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danvan.calendar.DayOff;
import vn.danvan.calendar.DayOff.Holiday;
import vn.danvan.calendar.DayOff.Source;

/**
 * The statutory days off of a year by Bộ luật Lao động 2019 Đ.112 — 1/1; Tết: five days, by default the
 * last day of the lunar year and the first four of the new one (the Prime Minister fixes the real block
 * each year: record it as overrides); Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 and, by
 * default, 1/9 — and the compensatory days (Đ.111(3)): a holiday that falls on a Saturday or Sunday gives
 * the next working day off.
 */
public final class HolidayRules {

    private HolidayRules() {}

    public static Map<LocalDate, DayOff> daysOff(int year) {
        Map<LocalDate, DayOff> days = new TreeMap<>();
        add(days, LocalDate.of(year, 1, 1), Holiday.NEW_YEAR);
        LocalDate tet = LunarCalendar.newYear(year);
        for (int i = -1; i <= 3; i++) {
            add(days, tet.plusDays(i), Holiday.LUNAR_NEW_YEAR);
        }
        add(days, LunarCalendar.toSolar(10, 3, year, false), Holiday.HUNG_KINGS);
        add(days, LocalDate.of(year, 4, 30), Holiday.REUNIFICATION);
        add(days, LocalDate.of(year, 5, 1), Holiday.LABOUR_DAY);
        add(days, LocalDate.of(year, 9, 1), Holiday.NATIONAL_DAY);
        add(days, LocalDate.of(year, 9, 2), Holiday.NATIONAL_DAY);
        List<DayOff> compensatory = new ArrayList<>();
        for (DayOff holiday : days.values()) {
            if (isWeekend(holiday.day())) {
                LocalDate day = holiday.day().plusDays(1);
                while (isWeekend(day) || days.containsKey(day) || taken(compensatory, day)) {
                    day = day.plusDays(1);
                }
                compensatory.add(new DayOff(day, Source.COMPENSATORY, holiday.holiday(), null, null));
            }
        }
        compensatory.forEach(day -> days.put(day.day(), day));
        return days;
    }

    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean taken(List<DayOff> compensatory, LocalDate day) {
        return compensatory.stream().anyMatch(d -> d.day().equals(day));
    }

    private static void add(Map<LocalDate, DayOff> days, LocalDate day, Holiday holiday) {
        days.putIfAbsent(day, new DayOff(day, Source.STATUTORY, holiday, null, null));
    }
}
