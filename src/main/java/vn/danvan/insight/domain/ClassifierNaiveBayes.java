package vn.danvan.insight.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danvan.shared.VietnameseText;

/**
 * Classification help: a multinomial naive Bayes over a petition's folded syllables and pairs of syllables, trained on
 * decided cases, that suggests a label (a type or a field) with a confidence and the words that weighed most. The
 * officer decides; the suggestion is never applied by itself.
 */
public final class ClassifierNaiveBayes {

    /** A suggestion: the label, the model's probability for it, and the words behind it. */
    public record Suggestion(String label, double confidence, List<String> because) {}

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();
    private final Map<String, Integer> documents = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private int documentCount;

    public void learn(String text, String label) {
        Map<String, Integer> labelCounts = counts.computeIfAbsent(label, k -> new HashMap<>());
        for (String feature : features(text)) {
            labelCounts.merge(feature, 1, Integer::sum);
            totals.merge(label, 1, Integer::sum);
            vocabulary.add(feature);
        }
        documents.merge(label, 1, Integer::sum);
        documentCount++;
    }

    /** The most likely label, or none before any training. */
    public java.util.Optional<Suggestion> suggest(String text) {
        if (documentCount == 0) {
            return java.util.Optional.empty();
        }
        List<String> features = features(text);
        Map<String, Double> logs = new HashMap<>();
        for (String label : documents.keySet()) {
            double log = Math.log((double) documents.get(label) / documentCount);
            Map<String, Integer> labelCounts = counts.getOrDefault(label, Map.of());
            double denominator = totals.getOrDefault(label, 0) + vocabulary.size();
            for (String feature : features) {
                log += Math.log((labelCounts.getOrDefault(feature, 0) + 1) / denominator);
            }
            logs.put(label, log);
        }
        Map.Entry<String, Double> top =
                logs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        String best = top.getKey();
        double max = top.getValue();
        double sum = logs.values().stream().mapToDouble(v -> Math.exp(v - max)).sum();
        Map<String, Integer> bestCounts = counts.getOrDefault(best, Map.of());
        List<String> because = new ArrayList<>(new HashSet<>(features));
        because.removeIf(feature -> !bestCounts.containsKey(feature) || feature.indexOf(' ') < 0);
        because.sort(Comparator.comparingInt((String f) -> -bestCounts.getOrDefault(f, 0))
                .thenComparing(f -> f));
        return java.util.Optional.of(new Suggestion(best, 1 / sum, because.subList(0, Math.min(3, because.size()))));
    }

    static List<String> features(String text) {
        String[] syllables = VietnameseText.fold(text).split("[^\\p{L}\\p{N}]+");
        List<String> features = new ArrayList<>();
        String previous = null;
        for (String syllable : syllables) {
            if (syllable.isEmpty()) {
                continue;
            }
            features.add(syllable);
            if (previous != null) {
                features.add(previous + " " + syllable);
            }
            previous = syllable;
        }
        return features;
    }
}
