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

    /**
     * When the initial processing of a petition received on {@code receivedOn} is due. For a denunciation the
     * 10-working-day variant applies once the officer has recorded that verification at several places or
     * delegation is needed (Luật Tố cáo 2018 Đ.24(1)); it is the row's longer period.
     */
    public LocalDate initialProcessingDue(
            PetitionType type, boolean reDenunciation, boolean verificationAtSeveralPlaces, LocalDate receivedOn) {
        return processingDue(type, reDenunciation, verificationAtSeveralPlaces, receivedOn);
    }

    /** When a step counted from {@code from} (receipt, acceptance, conclusion) is due, by its row of the table. */
    public LocalDate stepDue(Step step, PetitionType type, LocalDate from) {
        return apply(DeadlineRule.find(step, type, from), false, false, from);
    }

    /** When the resolution is due for a petition accepted (thụ lý) on {@code acceptedOn}. */
    public LocalDate resolutionDue(
            PetitionType type, Instance instance, boolean remoteArea, boolean complex, LocalDate acceptedOn) {
        Step step = instance == Instance.SECOND ? Step.RESOLUTION_SECOND : Step.RESOLUTION_FIRST;
        return apply(DeadlineRule.find(step, type, acceptedOn), remoteArea, complex, acceptedOn);
    }

    /**
     * The latest due date of the {@code extensionNumber}-th extension (for denunciations, recommendations and
     * feedback): the resolution period and every extension counted from acceptance — a due date moved off a day
     * off must not push the next one further — and no extension longer than its own period from the current due
     * date (Luật Tố cáo Đ.30(1): at most 30 days each, twice, so 90 days from acceptance at the most).
     */
    public LocalDate latestExtension(
            PetitionType type,
            Instance instance,
            boolean remoteArea,
            LocalDate acceptedOn,
            LocalDate currentDue,
            int extensionNumber) {
        Step step = instance == Instance.SECOND ? Step.RESOLUTION_SECOND : Step.RESOLUTION_FIRST;
        DeadlineRule resolution = DeadlineRule.find(step, type, acceptedOn);
        DeadlineRule extension = DeadlineRule.find(Step.EXTENSION, type, acceptedOn);
        LocalDate fromCurrent = apply(extension, false, false, currentDue);
        if (resolution.dayCount() != extension.dayCount()) {
            return fromCurrent;
        }
        LocalDate fromAcceptance = calendar.plus(
                acceptedOn,
                resolution.days(remoteArea, false) + extensionNumber * extension.days(false, false),
                extension.dayCount());
        return fromAcceptance.isBefore(fromCurrent) ? fromAcceptance : fromCurrent;
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
