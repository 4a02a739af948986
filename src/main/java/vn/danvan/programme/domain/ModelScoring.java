package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import vn.danvan.shared.DomainException;

/**
 * The council's result on a 100-point scale: each member's weighted score (Σ weight × score / highest score,
 * over Σ weight), averaged over the members. Every member must have scored every criterion. The criteria, weights
 * and threshold are the round's (configurable: the central guidance was not retrieved, docs/law/rules.md B4 and docs/law/rules.md C9 [K]).
 */
public final class ModelScoring {

    private ModelScoring() {}

    /** A member's score of a criterion. */
    public record Score(long memberId, long criterionId, BigDecimal score) {}

    public record Result(BigDecimal score, boolean passed) {}

    /** Checks one member's sheet: one score per criterion, none above the criterion's highest score. */
    public static void checkSheet(List<ModelCriterion> criteria, Map<Long, BigDecimal> scores) {
        for (ModelCriterion criterion : criteria) {
            BigDecimal score = scores.get(criterion.id());
            if (score == null) {
                throw DomainException.invalid("model.score-missing", criterion.name());
            }
            if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0) {
                throw DomainException.invalid("model.score-out-of-range", criterion.name(), criterion.maxScore());
            }
            if (score.scale() > 2) {
                throw DomainException.invalid("model.score-precision", criterion.name());
            }
        }
        for (Long id : scores.keySet()) {
            if (criteria.stream().noneMatch(c -> c.id() == id)) {
                throw DomainException.invalid("model.criterion-unknown");
            }
        }
    }

    public static Result result(
            List<ModelCriterion> criteria, List<CouncilMember> members, List<Score> scores, BigDecimal threshold) {
        if (criteria.isEmpty()) {
            throw DomainException.conflict("model.no-criteria");
        }
        if (members.isEmpty()) {
            throw DomainException.conflict("model.no-council");
        }
        int totalWeight = criteria.stream().mapToInt(ModelCriterion::weight).sum();
        BigDecimal sum = BigDecimal.ZERO;
        for (CouncilMember member : members) {
            BigDecimal weighted = BigDecimal.ZERO;
            for (ModelCriterion criterion : criteria) {
                BigDecimal score = scores.stream()
                        .filter(s -> s.memberId() == member.id() && s.criterionId() == criterion.id())
                        .map(Score::score)
                        .findFirst()
                        .orElseThrow(() -> DomainException.conflict("model.member-not-scored", member.fullName()));
                weighted = weighted.add(score.multiply(BigDecimal.valueOf(criterion.weight()))
                        .divide(BigDecimal.valueOf(criterion.maxScore()), 10, RoundingMode.HALF_UP));
            }
            sum = sum.add(weighted.multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(totalWeight), 10, RoundingMode.HALF_UP));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP);
        return new Result(mean, mean.compareTo(threshold) >= 0);
    }
}
