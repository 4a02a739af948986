package vn.danvan.insight.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The same-matter matcher's values. No law sets them: they are the platform's own [K, configurable], chosen on the
 * labelled set of {@code SameMatterLabelledSetTests} (docs/performance.md, "Same-matter matcher").
 *
 * @param threshold the estimated Jaccard similarity of two texts from which they are suggested (0.7: precision 0.93,
 *     recall 0.88 on the labelled set)
 * @param suggestions the most candidates one case page lists
 * @param lookupLimit the most petitions one lookup reads from the band index, so that a boilerplate text common in a
 *     commune cannot make intake slow
 * @param backfillBatch petitions remembered per transaction by the backfill of those taken in before the matcher
 */
@ConfigurationProperties("danvan.insight.same-matter")
public record SameMatterSettings(double threshold, int suggestions, int lookupLimit, int backfillBatch) {

    public SameMatterSettings {
        threshold = threshold <= 0 || threshold > 1 ? SameMatterRule.DEFAULT_THRESHOLD : threshold;
        suggestions = suggestions <= 0 ? 5 : suggestions;
        lookupLimit = lookupLimit <= 0 ? 200 : lookupLimit;
        backfillBatch = backfillBatch <= 0 ? 500 : backfillBatch;
    }
}
