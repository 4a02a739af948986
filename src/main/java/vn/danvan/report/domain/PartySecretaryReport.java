package vn.danvan.report.domain;

import java.time.LocalDate;

/**
 * The periodic report of the head of a Party committee on receiving citizens and handling what they
 * bring (Quy định 11-QĐi/TW Đ.3(8) as amended by Kết luận 215-KL/TW): monthly, first quarter, six
 * months, nine months or the year.
 */
public record PartySecretaryReport(
        long headId,
        String headName,
        String position,
        String bodyName,
        @org.jspecify.annotations.Nullable Period period,
        int year,
        int month,
        LocalDate from,
        LocalDate to,
        LocalDate compiledOn,
        int receptionDaysRequired,
        int receptionDaysHeld,
        int visits,
        int people,
        int delegations,
        int delegationPeople,
        int dialogues,
        int commitmentsMade,
        int commitmentsDone,
        int commitmentsOverdue,
        int petitionsReceived,
        int petitionsDirected,
        int petitionsResolved,
        int petitionsOutstanding) {

    /** The reporting periods of QĐ 11: a month, the first quarter, six months, nine months, the year. */
    public enum Period {
        MONTH,
        QUARTER_1,
        HALF_YEAR,
        NINE_MONTHS,
        YEAR;

        LocalDate first(int year, int month) {
            return this == MONTH ? LocalDate.of(year, month, 1) : LocalDate.of(year, 1, 1);
        }

        LocalDate last(int year, int month) {
            return switch (this) {
                case MONTH -> LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                case QUARTER_1 -> LocalDate.of(year, 3, 31);
                case HALF_YEAR -> LocalDate.of(year, 6, 30);
                case NINE_MONTHS -> LocalDate.of(year, 9, 30);
                case YEAR -> LocalDate.of(year, 12, 31);
            };
        }
    }
}
