package vn.danvan.calendar.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.danvan.calendar.CalendarOverride;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.calendar.persistence.CalendarOverrides;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/** The administrator's edits of the calendar of a year, audited. */
@Service
@Transactional
public class CalendarAdministration {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final CalendarOverrides overrides;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;

    public CalendarAdministration(CalendarOverrides overrides, WorkingCalendar calendar, AuditTrail audit) {
        this.overrides = overrides;
        this.calendar = calendar;
        this.audit = audit;
    }

    public CalendarOverride addOverride(
            @Nullable LocalDate day,
            CalendarOverride.@Nullable Kind kind,
            @Nullable String name,
            @Nullable String basis,
            String actor) {
        if (day == null || day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw DomainException.invalid("calendar.day-out-of-range", FIRST_YEAR, LAST_YEAR);
        }
        if (kind == null) {
            throw DomainException.invalid("calendar.kind-required");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw DomainException.invalid("calendar.name-required");
        }
        if (overrides.exists(day)) {
            throw DomainException.conflict("calendar.day-already-set", day.toString());
        }
        boolean workingNow = calendar.isWorkingDay(day);
        if (kind == CalendarOverride.Kind.DAY_OFF && !workingNow
                || kind == CalendarOverride.Kind.WORKING_DAY && workingNow) {
            throw DomainException.invalid(
                    workingNow ? "calendar.already-working" : "calendar.already-off", day.toString());
        }
        var override = new CalendarOverride(day, kind, name.strip(), InputText.blankToNull(basis));
        overrides.insert(override, actor);
        Map<String, Object> details = new HashMap<>();
        details.put("kind", kind.name());
        details.put("name", override.name());
        if (override.basis() != null) {
            details.put("basis", override.basis());
        }
        audit.record("calendar.override-added", "calendar-day", day, details);
        forgetAfterCommit(day.getYear());
        return override;
    }

    public void removeOverride(LocalDate day) {
        if (overrides.delete(day) == 0) {
            throw DomainException.notFound("calendar.override-unknown", day.toString());
        }
        audit.record("calendar.override-removed", "calendar-day", day, Map.of());
        forgetAfterCommit(day.getYear());
    }

    /** Other requests keep the cached year until the change is committed, then read it again. */
    private void forgetAfterCommit(int year) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calendar.forget(year);
            }
        });
    }
}
