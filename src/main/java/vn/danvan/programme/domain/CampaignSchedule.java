package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.programme.PublicationDuty;

/**
 * The dates {@link CampaignRule} gives a relief campaign, over a working calendar (the calendar module's in the
 * application, a stub in unit tests).
 */
public final class CampaignSchedule {

    /** Which days are working days. */
    @FunctionalInterface
    public interface WorkingDays {
        boolean isWorkingDay(LocalDate day);
    }

    private final WorkingDays calendar;

    public CampaignSchedule(WorkingDays calendar) {
        this.calendar = calendar;
    }

    /** {@code days} calendar days after {@code start} (not counted), moved to the next working day if off. */
    LocalDate after(LocalDate start, int days) {
        LocalDate day = start.plusDays(days);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last day receiving may run (Đ.8): 90 days from the launch. */
    public LocalDate latestReceivingEnd(LocalDate launchedOn) {
        return after(launchedOn, CampaignRule.RECEIVING_PERIOD.days());
    }

    /** The last day distribution may run (Đ.8): 20 days after receiving ends. */
    public LocalDate latestDistributionEnd(LocalDate receivingUntil) {
        return after(receivingUntil, CampaignRule.DISTRIBUTION_PERIOD.days());
    }

    /** The last day published material must stay posted (Đ.14): 30 days from the day it went up. */
    public LocalDate postedUntil(LocalDate publishedOn) {
        return publishedOn.plusDays(CampaignRule.POSTING_DURATION.days());
    }

    /**
     * A duty's due date, or {@code null} while it cannot be known (the beneficiaries are due when distribution starts).
     */
    public @Nullable LocalDate dueOn(
            PublicationDuty duty,
            LocalDate launchedOn,
            LocalDate receivingFrom,
            LocalDate receivingUntil,
            LocalDate distributionUntil,
            @Nullable LocalDate firstDistribution) {
        return switch (duty) {
            case CALL -> after(launchedOn, CampaignRule.PUBLISH_CALL.days());
            case RECEIVING_DETAILS -> before(receivingFrom, CampaignRule.PUBLISH_RECEIVING_DETAILS.days());
            case BENEFICIARIES -> firstDistribution;
            case RECEIVED_TOTALS -> after(receivingUntil, CampaignRule.PUBLISH_RECEIVED_TOTALS.days());
            case DISTRIBUTED_TOTALS -> after(distributionUntil, CampaignRule.PUBLISH_DISTRIBUTED_TOTALS.days());
            case REPORT_UPWARD -> after(distributionUntil, CampaignRule.REPORT_UPWARD.days());
        };
    }

    /** {@code days} calendar days before {@code day}, moved earlier to a working day: a "before" duty is not late. */
    LocalDate before(LocalDate day, int days) {
        LocalDate due = day.minusDays(days);
        while (!calendar.isWorkingDay(due)) {
            due = due.minusDays(1);
        }
        return due;
    }
}
