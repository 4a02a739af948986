package vn.danvan.programme.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.programme.ReviewKind;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/**
 * A review of a body's dân vận work over a period (sơ kết 6 tháng, tổng kết năm; QĐ 23-QĐ/TW 2021): the narrative the
 * staff write — results, limitations, causes, lessons, directions — and, once issued, the figures counted at issue,
 * frozen with it so that the issued document never changes. A draft is written and rewritten; an issued review is not.
 */
public record Review(
        long id,
        long bodyId,
        ReviewKind kind,
        LocalDate periodFrom,
        LocalDate periodTo,
        String title,
        @Nullable String number,
        String place,
        @Nullable String results,
        @Nullable String limitations,
        @Nullable String causes,
        @Nullable String lessons,
        @Nullable String directions,
        @Nullable String signerName,
        @Nullable String signerPosition,
        boolean issued,
        @Nullable LocalDate issuedOn,
        @Nullable List<ReviewSection> frozenFigures) {

    /** The longest period a review covers: a term's tổng kết (5 years, QĐ 23-QĐ/TW: nhiệm kỳ) plus slack. */
    static final int LONGEST_YEARS = 6;

    public static void checkPeriod(LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            throw DomainException.invalid("review.period-reversed");
        }
        if (from.plusYears(LONGEST_YEARS).isBefore(to)) {
            throw DomainException.invalid("review.period-too-long", LONGEST_YEARS);
        }
        if (from.isAfter(today)) {
            throw DomainException.invalid("review.period-in-future");
        }
    }

    public void checkDraft() {
        if (issued) {
            throw DomainException.conflict("review.issued-already");
        }
    }

    /** Issued with its results written, a number and a signer, once the period is over. */
    public void checkIssue(LocalDate today) {
        checkDraft();
        if (InputText.isBlank(results)) {
            throw DomainException.invalid("review.results-required");
        }
        if (InputText.isBlank(number) || InputText.isBlank(signerName)) {
            throw DomainException.invalid("review.number-and-signer-required");
        }
        if (periodTo.isAfter(today)) {
            throw DomainException.invalid("review.period-not-over");
        }
    }
}
