package vn.danvan.insight.domain;

import java.util.Optional;

/**
 * When two petitions are possibly the same matter (cùng vụ việc): the same commune, the same field, and texts whose
 * estimated similarity reaches the threshold, whichever body or channel took them and whichever year. The threshold
 * is the platform's own [K, configurable], chosen on the labelled set of {@code SameMatterLabelledSetTests}.
 */
public final class SameMatterRule {

    /** A petition as the matcher sees it. */
    public record Sample(long id, String communeCode, String fieldCode, long[] signature) {}

    /** Why two petitions are possibly the same matter, for the officer who confirms or rejects the link. */
    public record Reason(double similarity, boolean sameCommune, boolean sameField) {
        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    public static final double DEFAULT_THRESHOLD = 0.7;

    private SameMatterRule() {}

    /**
     * Whether a candidate met through the commune's LSH bands is suggested to the officer: the same commune and a
     * text similarity at the threshold; the field is only a bonus, since a copy may have been classified otherwise.
     */
    public static Optional<Reason> suggest(Sample a, Sample b, double threshold) {
        if (!a.communeCode().equals(b.communeCode())) {
            return Optional.empty();
        }
        double similarity = MatcherMinHash.similarity(a.signature(), b.signature());
        return similarity >= threshold
                ? Optional.of(new Reason(
                        similarity, !a.communeCode().isEmpty(), a.fieldCode().equals(b.fieldCode())))
                : Optional.empty();
    }

    public static Optional<Reason> match(Sample a, Sample b, double threshold) {
        if (!a.communeCode().equals(b.communeCode()) || !a.fieldCode().equals(b.fieldCode())) {
            return Optional.empty();
        }
        double similarity = MatcherMinHash.similarity(a.signature(), b.signature());
        return similarity >= threshold ? Optional.of(new Reason(similarity, true, true)) : Optional.empty();
    }
}
