package vn.danvan.insight.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hot-spot formula's values. No law sets them: they are the platform's own early warning [K, configurable],
 * tuned by the backtest in {@code HotspotBacktestTests} (docs/performance.md gives its figures; docs/hotspots.md the
 * formula).
 *
 * @param windowDays the recent window, in calendar days
 * @param historyDays the commune's own history before the window, in calendar days
 * @param surgeWeight points per unit of surge (recent count above the expected one, in Poisson standard deviations)
 * @param groupWeight points per recent group petition (đoàn đông người)
 * @param repeatWeight points per recent repeated petition (đơn trùng, tố cáo tiếp)
 * @param overdueWeight points per open overdue case
 * @param threshold the score at which a commune and field is hot and its heads are alerted
 * @param minimumRecent the fewest recent petitions and delegations a hot spot needs, so that one odd case never alerts
 * @param coolRatio the share of the threshold under which a hot spot cools, so that a new crossing alerts again
 * @param secondInstanceWeight points per recent second-instance complaint (khiếu nại lần hai); 0.5 when unset, 0 turns
 *     the source off
 * @param delegationWeight points per delegation received at a reception (đoàn đông người tiếp công dân) in the window;
 *     1 when unset
 * @param commitmentWeight points per dialogue commitment unmet past its due day; 0.5 when unset
 * @param sameMatterWeight points per confirmed same-matter group (cùng vụ việc, confirmed by an officer) with a recent
 *     petition of the commune and field whose petitions went to two bodies or more; 1 when unset (as much as a group
 *     petition: a matter citizens carried from one door to the next), 0 turns the source off
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
        double coolRatio,
        @Nullable Double secondInstanceWeight,
        @Nullable Double delegationWeight,
        @Nullable Double commitmentWeight,
        @Nullable Double sameMatterWeight) {

    public static final HotspotSettings DEFAULTS =
            new HotspotSettings(0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);

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
        secondInstanceWeight = weight(secondInstanceWeight, 0.5);
        delegationWeight = weight(delegationWeight, 1.0);
        commitmentWeight = weight(commitmentWeight, 0.5);
        sameMatterWeight = weight(sameMatterWeight, 1.0);
    }

    /** The same settings with the given weight for the same matter across bodies. */
    public HotspotSettings withSameMatterWeight(double weight) {
        return new HotspotSettings(
                windowDays,
                historyDays,
                surgeWeight,
                groupWeight,
                repeatWeight,
                overdueWeight,
                threshold,
                minimumRecent,
                coolRatio,
                secondInstanceWeight,
                delegationWeight,
                commitmentWeight,
                weight);
    }

    public double secondInstance() {
        return weight(secondInstanceWeight, 0.5);
    }

    public double delegation() {
        return weight(delegationWeight, 1.0);
    }

    public double commitment() {
        return weight(commitmentWeight, 0.5);
    }

    public double sameMatter() {
        return weight(sameMatterWeight, 1.0);
    }

    private static double weight(@Nullable Double value, double unset) {
        return value == null || value < 0 ? unset : value;
    }
}
