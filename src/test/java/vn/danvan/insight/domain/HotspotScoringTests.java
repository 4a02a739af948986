package vn.danvan.insight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The formula on hand examples: each source with its weight, and the default weights (docs/hotspots.md). */
class HotspotScoringTests {

    static final HotspotSettings DEFAULTS = HotspotSettings.DEFAULTS;

    static double points(HotspotScoring.Score score, String key) {
        return score.parts().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow()
                .points();
    }

    @Test
    void aQuietCommuneAtItsUsualLevelScoresNothing() {
        // 52 petitions a year → 1 expected a week; 1 this week.
        var score = HotspotScoring.score(new HotspotScoring.Counts(1, 52, 0, 0, 0, 0), DEFAULTS);

        assertThat(score.expected()).isEqualTo(1.0);
        assertThat(score.total()).isZero();
        assertThat(score.hot()).isFalse();
    }

    @Test
    void eachSourceAddsItsCountTimesItsWeight() {
        var score = HotspotScoring.score(new HotspotScoring.Counts(1, 52, 2, 3, 4, 10, 5, 6, 7), DEFAULTS);

        assertThat(points(score, "groups")).isEqualTo(2 * 1.0);
        assertThat(points(score, "repeats")).isEqualTo(3 * 0.5);
        assertThat(points(score, "second-instance")).isEqualTo(4 * 0.5);
        assertThat(points(score, "overdue")).isEqualTo(10 * 0.1);
        assertThat(points(score, "delegations")).isEqualTo(5 * 1.0);
        assertThat(points(score, "commitments")).isEqualTo(6 * 0.5);
        assertThat(points(score, "same-matter"))
                .as("a confirmed group across bodies weighs 1 by default")
                .isEqualTo(7 * 1.0);
        assertThat(score.total()).isEqualTo(2 + 1.5 + 2 + 1 + 5 + 3 + 7);
    }

    @Test
    void delegationsCountTowardsTheMinimumOfRecentSignals() {
        var petitionsOnly = HotspotScoring.score(new HotspotScoring.Counts(4, 52, 4, 0, 0, 0, 0, 0, 0), DEFAULTS);
        var withDelegations = HotspotScoring.score(new HotspotScoring.Counts(4, 52, 4, 0, 0, 0, 1, 0, 0), DEFAULTS);

        assertThat(petitionsOnly.total()).isGreaterThanOrEqualTo(DEFAULTS.threshold());
        assertThat(petitionsOnly.hot()).as("4 recent petitions, fewer than 5").isFalse();
        assertThat(withDelegations.hot()).isTrue();
    }

    @Test
    void theSameMatterWeightAndAnyWeightSetToZeroAreHonoured() {
        var settings = new HotspotSettings(0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0, 2.0);
        var score = HotspotScoring.score(new HotspotScoring.Counts(1, 52, 0, 0, 4, 0, 5, 6, 3), settings);

        assertThat(points(score, "second-instance")).isZero();
        assertThat(points(score, "delegations")).isZero();
        assertThat(points(score, "commitments")).isZero();
        assertThat(points(score, "same-matter")).isEqualTo(6.0);
        assertThat(score.total()).isEqualTo(6.0);
    }
}
