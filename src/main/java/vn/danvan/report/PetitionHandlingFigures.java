package vn.danvan.report;

/**
 * The counts of the petition-handling report for one body (or a body with its subordinates) and
 * period. The state of every petition is the one it had at the end of the period, rebuilt from the
 * dates of its decision and resolution, so a report for a past period does not change when cases move on.
 */
public record PetitionHandlingFigures(
        /* Tổng số đơn */
        int carriedOver,
        int receivedInPeriod,
        int total,
        /* Xử lý đơn */
        int processed,
        int awaitingProcessing,
        int processedLate,
        int awaitingProcessingOverdue,
        /* Kết quả xử lý đơn */
        int eligible,
        int withinJurisdiction,
        int outsideJurisdiction,
        int guided,
        int transferred,
        int ineligible,
        int filed,
        int returned,
        /* Đơn thuộc thẩm quyền theo loại */
        int acceptedComplaints,
        int acceptedDenunciations,
        int acceptedRecommendationsAndFeedback,
        /* Khiếu nại theo trình tự giải quyết */
        int complaintsFirstInstance,
        int complaintsSecondInstance,
        /* Giải quyết đơn thuộc thẩm quyền */
        int resolved,
        int inProgress,
        int resolvedOnTime,
        int resolvedLate,
        int inProgressOverdue,
        /* Kết quả giải quyết */
        int outcomeRight,
        int outcomeWrong,
        int outcomePartlyRight,
        int outcomeWithdrawn,
        int outcomeAnswered) {}
