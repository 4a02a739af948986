package vn.danvan.petition.domain;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.petition.ComplaintSubject;
import vn.danvan.petition.DecisionKind;
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

    /**
     * When the resolution is due for a complaint or denunciation accepted (or resumed) on {@code from}: a complaint
     * about a disciplinary decision has its own periods at both instances (Luật Khiếu nại Đ.48, Đ.50).
     */
    public LocalDate resolutionDue(
            PetitionType type,
            Instance instance,
            ComplaintSubject subject,
            boolean remoteArea,
            boolean complex,
            LocalDate from) {
        if (type == PetitionType.COMPLAINT && subject == ComplaintSubject.DISCIPLINARY) {
            return apply(DeadlineRule.find(Step.DISCIPLINARY_RESOLUTION, type, from), remoteArea, complex, from);
        }
        return resolutionDue(type, instance, remoteArea, complex, from);
    }

    /**
     * The last day a complaint may be lodged, counted from the day the complainant received or learned of the
     * decision or act, the days of objective obstacles not counted (Luật Khiếu nại Đ.9, Đ.48, Đ.50).
     */
    public LocalDate timeBarEnds(
            ComplaintSubject subject, Instance instance, boolean dismissal, LocalDate learnedOn, int obstacleDays) {
        Step step;
        if (subject == ComplaintSubject.ADMINISTRATIVE) {
            step = Step.TIME_BAR;
        } else if (instance == Instance.FIRST) {
            step = Step.DISCIPLINARY_TIME_BAR_FIRST;
        } else {
            step = dismissal ? Step.DISCIPLINARY_DISMISSAL_TIME_BAR_SECOND : Step.DISCIPLINARY_TIME_BAR_SECOND;
        }
        DeadlineRule rule = DeadlineRule.find(step, PetitionType.COMPLAINT, learnedOn);
        return calendar.plus(learnedOn, rule.days(false, false) + obstacleDays, rule.dayCount());
    }

    /**
     * The last day of the window for a second complaint (Luật Khiếu nại Đ.33): 30 days, 45 in remote areas, from
     * the day the first decision was received or the first-instance deadline ran out; a disciplinary complaint takes
     * the second time bar instead (Đ.50). {@code from} is that day.
     */
    public LocalDate secondComplaintWindowEnds(
            ComplaintSubject subject, boolean dismissal, boolean remoteArea, LocalDate from, int obstacleDays) {
        if (subject == ComplaintSubject.DISCIPLINARY) {
            return timeBarEnds(subject, Instance.SECOND, dismissal, from, obstacleDays);
        }
        DeadlineRule rule = DeadlineRule.find(Step.SECOND_COMPLAINT_WINDOW, PetitionType.COMPLAINT, from);
        return calendar.plus(from, rule.days(remoteArea, false) + obstacleDays, rule.dayCount());
    }

    /**
     * When a decision issued on {@code issuedOn} must have reached the parties: 3 working days for a first-instance
     * resolution (Luật Khiếu nại Đ.32) and for a suspension, resumption or termination (NĐ 124/2020 Đ.28b); none
     * where no row applies (a second-instance decision, or a day before the suspension rules took effect).
     */
    public @Nullable LocalDate decisionSendingDue(DecisionKind kind, Instance instance, LocalDate issuedOn) {
        Step step = kind == DecisionKind.RESOLUTION ? Step.DECISION_SENDING : Step.SUSPENSION_DECISION_SENDING;
        if (kind == DecisionKind.RESOLUTION && instance != Instance.FIRST) {
            return null;
        }
        return DeadlineRule.lookup(step, PetitionType.COMPLAINT, issuedOn)
                .map(rule -> apply(rule, false, false, issuedOn))
                .orElse(null);
    }

    /**
     * The day after which a complaint suspended on {@code suspendedOn} and not continued gives a ground not to accept
     * it (Luật Khiếu nại Đ.11 as amended): 30 days.
     */
    public LocalDate suspensionLapses(LocalDate suspendedOn) {
        DeadlineRule rule = DeadlineRule.find(Step.SUSPENSION_LAPSE, PetitionType.COMPLAINT, suspendedOn);
        return suspendedOn.plusDays(rule.days(false, false));
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
