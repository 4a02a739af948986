package vn.danvan.insight.domain;

import java.util.List;

/**
 * The hot-spot score of one commune and field (docs/glossary.md: hot spot — điểm nóng; docs/hotspots.md):
 *
 * <pre>
 * expected = history × windowDays / historyDays
 * surge    = max(0, (recent − expected) / √(expected + 1))
 * score    = surgeWeight × surge + groupWeight × groups + repeatWeight × repeats
 *          + secondInstanceWeight × secondInstance + overdueWeight × overdue
 *          + delegationWeight × delegations + commitmentWeight × overdueCommitments
 *          + sameMatterWeight × sameMatter
 * hot      = score ≥ threshold and recent + delegations ≥ minimumRecent
 * </pre>
 *
 * The surge is the rise against the commune's own history in Poisson standard deviations, so a commune that always
 * sends many petitions is not hot for that alone.
 */
public final class HotspotScoring {

    /** One part of the score, for the page that says why a commune is hot. */
    public record Part(String key, double value, double weight, double points) {}

    /**
     * The counts a score is made from.
     *
     * @param delegations delegations received at a reception in the window (reception module)
     * @param overdueCommitments dialogue commitments unmet past their due day (dialogue module)
     * @param sameMatter confirmed same-matter groups with a recent petition here whose petitions went to two bodies or
     *     more
     */
    public record Counts(
            int recent,
            int history,
            int groups,
            int repeats,
            int secondInstance,
            int overdue,
            int delegations,
            int overdueCommitments,
            int sameMatter) {

        public Counts(int recent, int history, int groups, int repeats, int secondInstance, int overdue) {
            this(recent, history, groups, repeats, secondInstance, overdue, 0, 0, 0);
        }
    }

    public record Score(double expected, double total, boolean hot, List<Part> parts) {}

    private HotspotScoring() {}

    public static Score score(Counts counts, HotspotSettings settings) {
        double expected = (double) counts.history() * settings.windowDays() / settings.historyDays();
        double surge = Math.max(0, (counts.recent() - expected) / Math.sqrt(expected + 1));
        List<Part> parts = List.of(
                new Part("surge", round(surge), settings.surgeWeight(), round(settings.surgeWeight() * surge)),
                part("groups", counts.groups(), settings.groupWeight()),
                part("repeats", counts.repeats(), settings.repeatWeight()),
                part("second-instance", counts.secondInstance(), settings.secondInstance()),
                part("overdue", counts.overdue(), settings.overdueWeight()),
                part("delegations", counts.delegations(), settings.delegation()),
                part("commitments", counts.overdueCommitments(), settings.commitment()),
                part("same-matter", counts.sameMatter(), settings.sameMatter()));
        double total = round(parts.stream().mapToDouble(Part::points).sum());
        boolean hot =
                total >= settings.threshold() && counts.recent() + counts.delegations() >= settings.minimumRecent();
        return new Score(round(expected), total, hot, parts);
    }

    /** Whether a hot spot has cooled enough that its next crossing is a new one. */
    public static boolean cooled(Score score, HotspotSettings settings) {
        return score.total() < settings.threshold() * settings.coolRatio();
    }

    private static Part part(String key, int count, double weight) {
        return new Part(key, count, weight, round(weight * count));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
