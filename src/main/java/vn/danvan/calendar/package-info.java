/**
 * Working days, the Vietnamese holiday calendar (solar and lunar holidays, compensatory days, editable
 * per year) and deadline arithmetic. Other modules use {@link vn.danvan.calendar.WorkingCalendar}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.danvan.calendar;
