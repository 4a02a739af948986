package vn.danvan.petition.domain;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.petition.Instance;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.domain.DeadlineRule.Step;

/** Computes each step's deadline from the rule table over the working calendar. */
@Component
public class Deadlines {

    private final WorkingCalendar calendar;
    private final Clock clock;

    Deadlines(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** When the processing decision (xử lý đơn / thụ lý) is due for a petition received on {@code receivedOn}. */
    public LocalDate processingDue(PetitionType type, boolean reDenunciation, boolean complex, LocalDate receivedOn) {
        Step step = reDenunciation ? Step.RE_DENUNCIATION_REVIEW : Step.PROCESSING;
        return apply(DeadlineRule.find(step, type, receivedOn), false, complex, receivedOn);
    }

    /** When the resolution is due for a petition accepted (thụ lý) on {@code acceptedOn}. */
    public LocalDate resolutionDue(
            PetitionType type, Instance instance, boolean remoteArea, boolean complex, LocalDate acceptedOn) {
        Step step = instance == Instance.SECOND ? Step.RESOLUTION_SECOND : Step.RESOLUTION_FIRST;
        return apply(DeadlineRule.find(step, type, acceptedOn), remoteArea, complex, acceptedOn);
    }

    /** The longest extension allowed from the current due date (for denunciations and KN-PA). */
    public LocalDate latestExtension(PetitionType type, LocalDate currentDue) {
        return apply(DeadlineRule.find(Step.EXTENSION, type, currentDue), false, false, currentDue);
    }

    /** Today in Việt Nam, whatever the server's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate plus(LocalDate from, int days, vn.danvan.calendar.DayCount count) {
        return calendar.plus(from, days, count);
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    private LocalDate apply(DeadlineRule rule, boolean remoteArea, boolean complex, LocalDate from) {
        return calendar.plus(from, rule.days(remoteArea, complex), rule.dayCount());
    }
}
