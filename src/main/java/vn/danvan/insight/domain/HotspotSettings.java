package vn.danvan.insight.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hot-spot formula's values. No law sets them: they are the platform's own early warning [K, configurable],
 * tuned by the backtest in {@code HotspotBacktestTests} (docs/performance.md gives its figures).
 *
 * @param windowDays the recent window, in calendar days
 * @param historyDays the commune's own history before the window, in calendar days
 * @param surgeWeight points per unit of surge (recent count above the expected one, in Poisson standard deviations)
 * @param groupWeight points per recent group petition (đoàn đông người)
 * @param repeatWeight points per recent repeated petition or second-instance complaint
 * @param overdueWeight points per open overdue case
 * @param threshold the score at which a commune and field is hot and its heads are alerted
 * @param minimumRecent the fewest recent petitions a hot spot needs, so that one odd case never alerts
 * @param coolRatio the share of the threshold under which a hot spot cools, so that a new crossing alerts again
 */
@ConfigurationProperties("danvan.insight.hotspot")
public record HotspotSettings(
        int windowDays,
        int historyDays,
        double surgeWeight,
        double groupWeight,
        double repeatWeight,
        double overdueWeight,
        double threshold,
        int minimumRecent,
        double coolRatio) {

    public static final HotspotSettings DEFAULTS = new HotspotSettings(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public HotspotSettings {
        windowDays = windowDays <= 0 ? 7 : windowDays;
        historyDays = historyDays <= 0 ? 364 : historyDays;
        surgeWeight = surgeWeight <= 0 ? 1.0 : surgeWeight;
        groupWeight = groupWeight <= 0 ? 1.0 : groupWeight;
        repeatWeight = repeatWeight <= 0 ? 0.5 : repeatWeight;
        overdueWeight = overdueWeight <= 0 ? 0.1 : overdueWeight;
        threshold = threshold <= 0 ? 6.0 : threshold;
        minimumRecent = minimumRecent <= 0 ? 5 : minimumRecent;
        coolRatio = coolRatio <= 0 || coolRatio >= 1 ? 0.6 : coolRatio;
    }
}
