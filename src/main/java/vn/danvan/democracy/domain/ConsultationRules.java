package vn.danvan.democracy.domain;

import java.time.LocalDate;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * The rule table of consultations and of the Front's criticism (docs/law/rules.md B3, B5; A1 row 11):
 * <ul>
 *   <li>a draft stays open at least {@link ConsultationSettings#minimumDays()} calendar days [K, configurable], counted
 *       from the day after it opens (Bộ luật Dân sự 2015 Đ.147); a last day that is a day off moves to the next
 *       working day (Bộ luật Dân sự 2015 Đ.148(5));
 *   <li>a draft reaches the Front at least {@value #FRONT_LEAD_DAYS} days before it is submitted to the competent body
 *       (Luật MTTQ 2015 Đ.36) — a shorter lead is flagged, not refused: it is the drafting body's failing;
 *   <li>the drafting body replies in writing to each recommendation (Luật MTTQ 2015 Đ.36; NQLT 403/2017): by
 *       {@link ConsultationSettings#replyDays()} days after the document of criticism [K, configurable], moved off a
 *       day off as above.
 * </ul>
 */
public final class ConsultationRules {

    /** Luật MTTQ 2015 Đ.36: the draft is sent "chậm nhất là 15 ngày" before it is submitted. */
    public static final int FRONT_LEAD_DAYS = 15;

    private final ConsultationSettings settings;
    private final PublicationRules.WorkingDays calendar;

    public ConsultationRules(ConsultationSettings settings, PublicationRules.WorkingDays calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    public int minimumDays() {
        return settings.minimumDays();
    }

    /** The earliest last day of a draft opened on {@code opensOn}. */
    public LocalDate earliestClose(LocalDate opensOn) {
        return onWorkingDay(opensOn.plusDays(settings.minimumDays()));
    }

    /**
     * The last day of comments for the days asked: refused when it starts in the past or ends too soon; a last day
     * that is a day off moves to the next working day.
     */
    public LocalDate closingDay(LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        LawfulDates.check(opensOn);
        LawfulDates.check(closesOn);
        if (opensOn.isBefore(today)) {
            throw DomainException.invalid("consultation.opens-in-past");
        }
        LocalDate earliest = earliestClose(opensOn);
        if (closesOn.isBefore(opensOn.plusDays(settings.minimumDays()))) {
            throw DomainException.invalid(
                    "consultation.period-too-short",
                    settings.minimumDays(),
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(earliest));
        }
        return onWorkingDay(closesOn);
    }

    /** Whether the draft reached the Front later than {@value #FRONT_LEAD_DAYS} days before its submission. */
    public static boolean sentLate(
            LocalDate draftReceivedOn, @org.jspecify.annotations.Nullable LocalDate submissionOn) {
        return submissionOn != null && draftReceivedOn.plusDays(FRONT_LEAD_DAYS).isAfter(submissionOn);
    }

    /** The day the drafting body's written reply to a document of criticism of {@code documentDate} is due. */
    public LocalDate replyDue(LocalDate documentDate) {
        return onWorkingDay(documentDate.plusDays(settings.replyDays()));
    }

    private LocalDate onWorkingDay(LocalDate day) {
        LocalDate result = day;
        while (!calendar.isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }
}
