package vn.danvan.insight.domain;

import java.util.List;

/**
 * The hot-spot score of one commune and field (docs/glossary.md: hot spot — điểm nóng):
 *
 * <pre>
 * expected = history × windowDays / historyDays
 * surge    = max(0, (recent − expected) / √(expected + 1))
 * score    = surgeWeight × surge + groupWeight × groups + repeatWeight × (repeats + secondInstance)
 *          + overdueWeight × overdue
 * hot      = score ≥ threshold and recent ≥ minimumRecent
 * </pre>
 *
 * The surge is the rise against the commune's own history in Poisson standard deviations, so a commune that always
 * sends many petitions is not hot for that alone.
 */
public final class HotspotScoring {

    /** One part of the score, for the page that says why a commune is hot. */
    public record Part(String key, double value, double weight, double points) {}

    /** The counts a score is made from. */
    public record Counts(int recent, int history, int groups, int repeats, int secondInstance, int overdue) {}

    public record Score(double expected, double total, boolean hot, List<Part> parts) {}

    private HotspotScoring() {}

    public static Score score(Counts counts, HotspotSettings settings) {
        double expected = (double) counts.history() * settings.windowDays() / settings.historyDays();
        double surge = Math.max(0, (counts.recent() - expected) / Math.sqrt(expected + 1));
        List<Part> parts = List.of(
                new Part("surge", round(surge), settings.surgeWeight(), round(settings.surgeWeight() * surge)),
                new Part("groups", counts.groups(), settings.groupWeight(), settings.groupWeight() * counts.groups()),
                new Part(
                        "repeats",
                        counts.repeats() + counts.secondInstance(),
                        settings.repeatWeight(),
                        settings.repeatWeight() * (counts.repeats() + counts.secondInstance())),
                new Part(
                        "overdue",
                        counts.overdue(),
                        settings.overdueWeight(),
                        settings.overdueWeight() * counts.overdue()));
        double total = round(parts.stream().mapToDouble(Part::points).sum());
        boolean hot = total >= settings.threshold() && counts.recent() >= settings.minimumRecent();
        return new Score(round(expected), total, hot, parts);
    }

    /** Whether a hot spot has cooled enough that its next crossing is a new one. */
    public static boolean cooled(Score score, HotspotSettings settings) {
        return score.total() < settings.threshold() * settings.coolRatio();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
