package vn.danvan.insight;

import java.util.List;
import vn.danvan.insight.domain.HotspotScoring;

/**
 * A commune and field with its hot-spot score and the parts that make it, for the hot-spot pages and the heads'
 * home page.
 */
public record HotspotLine(
        String communeCode,
        String communeName,
        String fieldCode,
        int recent,
        int history,
        HotspotScoring.Score score,
        List<Long> bodyIds) {

    public boolean hot() {
        return score.hot();
    }
}
