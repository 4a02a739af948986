package vn.danvan.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danvan.shared.DomainException;

class RatingTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aRatingIsAScoreFromOneToFiveWithAnOptionalComment() {
        assertThat(Rating.given(1, "  Chậm  ", TODAY)).isEqualTo(new Rating(1, "Chậm", TODAY));
        assertThat(Rating.given(5, "   ", TODAY).comment()).isNull();
        assertThat(Rating.given(5, null, TODAY).comment()).isNull();
    }

    @Test
    void aScoreOutsideOneToFiveIsRefused() {
        for (int score : new int[] {0, 6, -1}) {
            assertThatThrownBy(() -> Rating.given(score, null, TODAY))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            refused -> assertThat(refused.code()).isEqualTo("portal.rating-out-of-range"));
        }
    }

    @Test
    void aCommentOfMoreThanTwoThousandCharactersIsRefused() {
        assertThat(Rating.given(3, "x".repeat(2000), TODAY).comment()).hasSize(2000);
        assertThatThrownBy(() -> Rating.given(3, "x".repeat(2001), TODAY))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("portal.comment-too-long"));
    }
}
