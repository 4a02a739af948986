package vn.danvan.calendar;

/** How a statutory period is counted: "ngày" means calendar days unless the law says "ngày làm việc". */
public enum DayCount {
    CALENDAR_DAYS,
    WORKING_DAYS
}
