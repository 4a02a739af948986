package vn.danvan.portal.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/** The author's rating of how a finished case was handled: 1 to 5, with a comment of at most 2,000 characters. */
public record Rating(int score, @Nullable String comment, LocalDate ratedOn) {

    /** A rating given today; a blank comment is none. */
    public static Rating given(int score, @Nullable String comment, LocalDate today) {
        if (score < 1 || score > 5) {
            throw DomainException.invalid("portal.rating-out-of-range");
        }
        if (comment != null && comment.length() > 2000) {
            throw DomainException.invalid("portal.comment-too-long");
        }
        return new Rating(score, InputText.blankToNull(comment), today);
    }
}
