package vn.danvan.petition;

import java.time.LocalDate;

/**
 * A written notice was issued on a case and stored with it, in the transaction of the fact that requires it;
 * notifications deliver the petitioner's copy. Carries no personal data.
 */
public record NoticeIssued(
        long noticeId,
        long petitionId,
        String trackingCode,
        long bodyId,
        NoticeKind kind,
        NoticeAddressee addressee,
        String title,
        LocalDate on) {}
