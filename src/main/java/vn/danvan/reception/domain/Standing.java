package vn.danvan.reception.domain;

import java.time.LocalDate;
import vn.danvan.reception.HeadPosition;

/**
 * Where a head stands against their reception obligation in one period: days required, held, still
 * scheduled, working days left, and the verdict.
 */
public record Standing(
        long headId,
        String headName,
        long bodyId,
        HeadPosition position,
        String periodKind,
        LocalDate periodStart,
        LocalDate periodEnd,
        int required,
        int held,
        int scheduled,
        int workingDaysLeft,
        boolean delegationCounts,
        String source,
        Status status) {

    public enum Status {
        /** Đã đủ số ngày tiếp. */
        MET,
        /** Chưa đủ nhưng đã có lịch đủ số ngày. */
        SCHEDULED,
        /** Chưa đủ và chưa có lịch đủ: cảnh báo trước khi hết kỳ. */
        AT_RISK,
        /** Hết kỳ mà không đủ. */
        MISSED;

        /** The verdict on days held and still scheduled against the days required, during or after the period. */
        public static Status of(int required, int held, int scheduled, boolean periodOver) {
            if (held >= required) {
                return MET;
            } else if (periodOver) {
                return MISSED;
            } else if (held + scheduled >= required) {
                return SCHEDULED;
            }
            return AT_RISK;
        }
    }

    public int shortfall() {
        return Math.max(0, required - held);
    }
}
