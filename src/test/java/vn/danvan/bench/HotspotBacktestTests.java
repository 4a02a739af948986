package vn.danvan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.danvan.insight.domain.HotspotScoring;
import vn.danvan.insight.domain.HotspotSettings;

/**
 * The hot-spot backtest: a year and a half of daily petitions per commune and field drawn as the national generator
 * draws them (its heavy-tailed commune weights and its field weights, 10 million petitions over 20 years across
 * 3,321 communes), with surges planted in some commune and field pairs; the daily watch runs over the last 180 days.
 * A surge counts as found when its pair is alerted on its first or second day; every other alert is a false alarm.
 * Runs in memory, the formula alone: the watch's SQL is proved on planted rows by HotspotIntegrationTests.
 */
class HotspotBacktestTests {

    static final int COMMUNES = 3_321;
    static final double PETITIONS_PER_DAY = 10_000_000 / (20 * 365.25);
    static final int DAYS = 364 + 7 + 180;
    static final int SURGES = 60;
    static final int SURGE_DAYS = 5;
    static final int SURGE_PER_DAY = 4;

    record Result(int planted, int found, int alerts, int falseAlarms) {
        double recall() {
            return (double) found / planted;
        }

        double precision() {
            return alerts == 0 ? 1 : (double) (alerts - falseAlarms) / alerts;
        }
    }

    @Test
    void aPlantedSurgeIsFlaggedWithinADayWithFewFalseAlarms() {
        Result result = backtest(HotspotSettings.DEFAULTS, 42);
        System.out.printf(
                "hot-spot backtest: %d surges planted, %d found within a day (recall %.3f); %d alerts, %d false (precision %.3f)%n",
                result.planted(),
                result.found(),
                result.recall(),
                result.alerts(),
                result.falseAlarms(),
                result.precision());
        assertThat(result.recall()).as("recall").isGreaterThanOrEqualTo(0.9);
        assertThat(result.precision()).as("precision").isGreaterThanOrEqualTo(0.8);
    }

    static Result backtest(HotspotSettings settings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int fields = NationalDataGenerator.FIELDS.length;
        double[] communeWeight = new double[COMMUNES];
        double total = 0;
        for (int c = 0; c < COMMUNES; c++) {
            communeWeight[c] = Math.pow(random.nextDouble(), 3) * 10 + 0.2;
            total += communeWeight[c];
        }
        int firstWatched = DAYS - 180;
        // Surges: a pair, a first day within the watched days, four more petitions a day for five days.
        int[] surgePair = new int[SURGES];
        int[] surgeStart = new int[SURGES];
        Set<Integer> planted = new HashSet<>();
        for (int s = 0; s < SURGES; s++) {
            int pair;
            do {
                pair = random.nextInt(COMMUNES * fields);
            } while (!planted.add(pair));
            surgePair[s] = pair;
            surgeStart[s] = firstWatched + random.nextInt(180 - SURGE_DAYS - settings.windowDays());
        }
        int found = 0;
        int alerts = 0;
        int falseAlarms = 0;
        boolean[] foundSurge = new boolean[SURGES];
        int[] daily = new int[DAYS];
        for (int pair = 0; pair < COMMUNES * fields; pair++) {
            double rate = PETITIONS_PER_DAY
                    * communeWeight[pair / fields]
                    / total
                    * NationalDataGenerator.FIELD_WEIGHTS[pair % fields];
            for (int d = 0; d < DAYS; d++) {
                daily[d] = poisson(rate, random);
            }
            List<Integer> surgesHere = new ArrayList<>();
            for (int s = 0; s < SURGES; s++) {
                if (surgePair[s] == pair) {
                    surgesHere.add(s);
                    for (int d = surgeStart[s]; d < surgeStart[s] + SURGE_DAYS; d++) {
                        daily[d] += SURGE_PER_DAY;
                    }
                }
            }
            boolean hot = false;
            int recent = 0;
            int history = 0;
            int window = settings.windowDays();
            int historyDays = settings.historyDays();
            for (int d = 0; d < DAYS; d++) {
                recent += daily[d];
                if (d - window >= 0) {
                    recent -= daily[d - window];
                    history += daily[d - window];
                }
                if (d - window - historyDays >= 0) {
                    history -= daily[d - window - historyDays];
                }
                if (d < firstWatched) {
                    continue;
                }
                var score = HotspotScoring.score(new HotspotScoring.Counts(recent, history, 0, 0, 0, 0), settings);
                if (!hot && score.hot()) {
                    hot = true;
                    alerts++;
                    boolean explained = false;
                    for (int s : surgesHere) {
                        if (d >= surgeStart[s] && d <= surgeStart[s] + SURGE_DAYS + window) {
                            explained = true;
                            if (d <= surgeStart[s] + 1 && !foundSurge[s]) {
                                foundSurge[s] = true;
                                found++;
                            }
                        }
                    }
                    if (!explained) {
                        falseAlarms++;
                    }
                } else if (hot && HotspotScoring.cooled(score, settings)) {
                    hot = false;
                }
            }
        }
        return new Result(SURGES, found, alerts, falseAlarms);
    }

    private static int poisson(double rate, SplittableRandom random) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
