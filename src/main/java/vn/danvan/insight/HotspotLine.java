package vn.danvan.insight;

import java.time.Instant;
import java.util.List;
import vn.danvan.insight.domain.HotspotScoring;

/**
 * A commune and field with its hot-spot score and the parts that make it, for the hot-spot pages and the heads'
 * home page; {@code computedAt} is when the watch computed it (the pages read the stored score, never recompute).
 */
public record HotspotLine(
        String communeCode,
        String communeName,
        String fieldCode,
        int recent,
        int history,
        HotspotScoring.Score score,
        List<Long> bodyIds,
        Instant computedAt) {

    public boolean hot() {
        return score.hot();
    }

    HotspotLine withName(String name) {
        return new HotspotLine(communeCode, name, fieldCode, recent, history, score, bodyIds, computedAt);
    }
}
