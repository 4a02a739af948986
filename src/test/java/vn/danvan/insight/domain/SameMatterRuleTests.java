package vn.danvan.insight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danvan.shared.VietnameseText;

class SameMatterRuleTests {

    static final String TEXT =
            "Khiếu nại quyết định thu hồi đất của gia đình ông Nguyễn Văn Đạt tại thửa 125 tờ bản đồ số"
                    + " 7, gia đình không được thông báo trước và mức bồi thường thấp hơn giá thị trường";

    static SameMatterRule.Sample sample(long id, String commune, String field, String text) {
        return new SameMatterRule.Sample(id, commune, field, MatcherMinHash.signature(text));
    }

    @Test
    void theSameTextInTheSameCommuneIsSuggestedEvenWhenClassifiedInAnotherField() {
        var reason = SameMatterRule.suggest(
                sample(1, "19753", "LAND", TEXT),
                sample(2, "19753", "HOUSING", VietnameseText.fold(TEXT)),
                SameMatterRule.DEFAULT_THRESHOLD);
        assertThat(reason).isPresent();
        assertThat(reason.get().percent()).isEqualTo(100);
        assertThat(reason.get().sameCommune()).isTrue();
        assertThat(reason.get().sameField()).isFalse();
    }

    @Test
    void theSameTextInAnotherCommuneIsNotSuggested() {
        assertThat(SameMatterRule.suggest(
                        sample(1, "19753", "LAND", TEXT),
                        sample(2, "19789", "LAND", TEXT),
                        SameMatterRule.DEFAULT_THRESHOLD))
                .isEmpty();
    }

    @Test
    void bandKeysOfOneTextDifferByCommuneSoThatOnlyOneCommunesPetitionsMeet() {
        long[] signature = MatcherMinHash.signature(TEXT);
        long[] here = MatcherMinHash.bandKeys(signature, "19753");
        long[] there = MatcherMinHash.bandKeys(signature, "19789");
        assertThat(here)
                .isEqualTo(MatcherMinHash.bandKeys(MatcherMinHash.signature(VietnameseText.fold(TEXT)), "19753"));
        for (long key : here) {
            assertThat(there).doesNotContain(key);
        }
    }
}
