package vn.danvan.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danvan.programme.ModelStatus;
import vn.danvan.shared.DomainException;

/** The council's result by hand examples, and the moves a model's status allows (docs/law/rules.md B4). */
class ModelScoringTests {

    static final List<ModelCriterion> UNEQUAL =
            List.of(new ModelCriterion(1, 1, 1, "Hiệu quả", 60, 10), new ModelCriterion(2, 1, 2, "Lan tỏa", 40, 5));
    static final List<CouncilMember> COUNCIL =
            List.of(new CouncilMember(10, 1, "Lan", null), new CouncilMember(11, 1, "Hùng", null));

    @Test
    void theResultIsTheMeanOfTheMembersWeightedScoresOutOfAHundred() {
        // Lan: 60×8/10 + 40×5/5 = 48 + 40 = 88; Hùng: 60×10/10 + 40×2/5 = 60 + 16 = 76; mean 82.00
        List<ModelScoring.Score> scores =
                List.of(score(10, 1, "8"), score(10, 2, "5"), score(11, 1, "10"), score(11, 2, "2"));
        ModelScoring.Result result = ModelScoring.result(UNEQUAL, COUNCIL, scores, new BigDecimal("80"));
        assertThat(result.score()).isEqualByComparingTo("82.00");
        assertThat(result.passed()).isTrue();
        assertThat(ModelScoring.result(UNEQUAL, COUNCIL, scores, new BigDecimal("82.01"))
                        .passed())
                .isFalse();
        assertThat(ModelScoring.result(UNEQUAL, COUNCIL, scores, new BigDecimal("82.00"))
                        .passed())
                .isTrue();
    }

    @Test
    void thirdsAreRoundedHalfUpToTwoDecimals() {
        List<ModelCriterion> three = List.of(
                new ModelCriterion(1, 1, 1, "A", 1, 3),
                new ModelCriterion(2, 1, 2, "B", 1, 3),
                new ModelCriterion(3, 1, 3, "C", 1, 3));
        List<CouncilMember> one = List.of(new CouncilMember(10, 1, "Lan", null));
        // (1/3 + 1/3 + 0) / 3 × 100 = 22.222… → 22.22
        List<ModelScoring.Score> scores = List.of(score(10, 1, "1"), score(10, 2, "1"), score(10, 3, "0"));
        assertThat(ModelScoring.result(three, one, scores, BigDecimal.TEN).score())
                .isEqualByComparingTo("22.22");
    }

    @Test
    void aMemberWithoutScoresOrARoundWithoutCouncilHasNoResult() {
        List<ModelScoring.Score> onlyLan = List.of(score(10, 1, "8"), score(10, 2, "5"));
        assertThatThrownBy(() -> ModelScoring.result(UNEQUAL, COUNCIL, onlyLan, BigDecimal.TEN))
                .isInstanceOf(DomainException.class)
                .hasMessage("model.member-not-scored");
        assertThatThrownBy(() -> ModelScoring.result(UNEQUAL, List.of(), onlyLan, BigDecimal.TEN))
                .hasMessage("model.no-council");
    }

    @Test
    void aSheetScoresEveryCriterionWithinItsHighestScore() {
        assertThatThrownBy(() -> ModelScoring.checkSheet(UNEQUAL, Map.of(1L, new BigDecimal("8"))))
                .hasMessage("model.score-missing");
        assertThatThrownBy(() ->
                        ModelScoring.checkSheet(UNEQUAL, Map.of(1L, new BigDecimal("8"), 2L, new BigDecimal("5.5"))))
                .hasMessage("model.score-out-of-range");
        assertThatThrownBy(() ->
                        ModelScoring.checkSheet(UNEQUAL, Map.of(1L, new BigDecimal("-1"), 2L, new BigDecimal("5"))))
                .hasMessage("model.score-out-of-range");
        assertThatThrownBy(() ->
                        ModelScoring.checkSheet(UNEQUAL, Map.of(1L, new BigDecimal("8.125"), 2L, new BigDecimal("5"))))
                .hasMessage("model.score-precision");
        assertThatThrownBy(() -> ModelScoring.checkSheet(
                        UNEQUAL, Map.of(1L, BigDecimal.ONE, 2L, BigDecimal.ONE, 3L, BigDecimal.ONE)))
                .hasMessage("model.criterion-unknown");
        ModelScoring.checkSheet(UNEQUAL, Map.of(1L, new BigDecimal("9.5"), 2L, new BigDecimal("0")));
    }

    @Test
    void eachStatusAllowsOnlyTheNextStepsOfTheLifecycle() {
        List<String> allowed = new ArrayList<>();
        for (ModelStatus status : ModelStatus.values()) {
            for (Model.Move move : Model.Move.values()) {
                if (move.allowedFrom(status) && move != Model.Move.ADD_PHOTO && move != Model.Move.REPORT_RESULTS) {
                    allowed.add(status + " " + move);
                }
            }
        }
        assertThat(allowed)
                .containsExactlyInAnyOrder(
                        "REGISTERED START",
                        "IN_PROGRESS SCORE",
                        "IN_PROGRESS EVALUATE",
                        "EVALUATED RECOGNISE",
                        "RECOGNISED COMMEND",
                        "RECOGNISED REPLICATE",
                        "COMMENDED COMMEND",
                        "COMMENDED REPLICATE",
                        "REPLICATED COMMEND",
                        "REPLICATED REPLICATE");
        assertThat(Model.Move.ADD_PHOTO.allowedFrom(ModelStatus.NOT_RECOGNISED)).isFalse();
    }

    private static ModelScoring.Score score(long member, long criterion, String value) {
        return new ModelScoring.Score(member, criterion, new BigDecimal(value));
    }
}
