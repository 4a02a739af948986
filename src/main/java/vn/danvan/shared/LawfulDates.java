package vn.danvan.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The dates the law can mean, defined once for every door: nothing before 1990 (the first ordinance on
 * complaints and denunciations is of 1991; no record of danvan is older) and nothing later than the end
 * of the tenth year from now (a commitment, a schedule or an extended deadline lies a few years ahead at
 * most). A date outside — year −999999999, 9999, 0001 — is a mistake or an attack, refused with 400 before
 * it reaches a computation or the database.
 */
public final class LawfulDates {

    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    public static final int YEARS_AHEAD = 10;
    private static final ZoneId VIETNAM = VietnamTime.ZONE;

    private LawfulDates() {}

    /** The last lawful day: 31 December of the tenth year from now. */
    public static LocalDate latest() {
        return LocalDate.of(LocalDate.now(VIETNAM).getYear() + YEARS_AHEAD, 12, 31);
    }

    public static boolean lawful(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest());
    }

    public static boolean lawfulYear(long year) {
        return year >= EARLIEST.getYear() && year <= latest().getYear();
    }

    /** The date itself, or {@link InputRejected} when the law cannot mean it. */
    public static LocalDate check(LocalDate date) {
        if (!lawful(date)) {
            throw rejected();
        }
        return date;
    }

    /** A moment (Open311's start and end dates), by its year. */
    public static OffsetDateTime check(OffsetDateTime time) {
        if (!lawfulYear(time.getYear())) {
            throw rejected();
        }
        return time;
    }

    public static int checkYear(int year) {
        if (!lawfulYear(year)) {
            throw rejected();
        }
        return year;
    }

    private static InputRejected rejected() {
        return new InputRejected("input.date-out-of-range", EARLIEST.getYear(), latest().getYear());
    }
}
