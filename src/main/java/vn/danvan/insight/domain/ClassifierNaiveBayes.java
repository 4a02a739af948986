package vn.danvan.insight.domain;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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

    /** No Vietnamese syllable is longer; a longer run of letters (a code, a pasted link) says nothing of the type. */
    static final int MAX_SYLLABLE = 30;

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
        // The words that weighed most: how much likelier each made the chosen label than the other labels on average.
        Map<String, Double> weights = new HashMap<>();
        for (String feature : because) {
            weights.put(feature, weight(feature, best));
        }
        because.removeIf(feature -> weights.getOrDefault(feature, 0.0) <= 0);
        because.sort(Comparator.comparingDouble((String f) -> -weights.getOrDefault(f, 0.0))
                .thenComparing(f -> f));
        return java.util.Optional.of(new Suggestion(best, 1 / sum, because.subList(0, Math.min(3, because.size()))));
    }

    private double weight(String feature, String label) {
        double own = logLikelihood(feature, label);
        double others = 0;
        int n = 0;
        for (String other : documents.keySet()) {
            if (!other.equals(label)) {
                others += logLikelihood(feature, other);
                n++;
            }
        }
        return n == 0 ? own : own - others / n;
    }

    private double logLikelihood(String feature, String label) {
        double denominator = totals.getOrDefault(label, 0) + vocabulary.size();
        return Math.log((counts.getOrDefault(label, Map.of()).getOrDefault(feature, 0) + 1) / denominator);
    }

    /** How many cases the model learnt from. */
    public int documentCount() {
        return documentCount;
    }

    /** The model's counts, to be stored and read back by {@link #readFrom(DataInputStream)}. */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(1); // format
        out.writeInt(documents.size());
        for (var label : documents.entrySet()) {
            out.writeUTF(label.getKey());
            out.writeInt(label.getValue());
            Map<String, Integer> labelCounts = counts.getOrDefault(label.getKey(), Map.of());
            out.writeInt(labelCounts.size());
            for (var count : labelCounts.entrySet()) {
                out.writeUTF(count.getKey());
                out.writeInt(count.getValue());
            }
        }
    }

    public static ClassifierNaiveBayes readFrom(DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != 1) {
            throw new IOException("Unknown classifier format " + format);
        }
        ClassifierNaiveBayes model = new ClassifierNaiveBayes();
        int labels = in.readInt();
        for (int l = 0; l < labels; l++) {
            String label = in.readUTF();
            int labelDocuments = in.readInt();
            model.documents.put(label, labelDocuments);
            model.documentCount += labelDocuments;
            int features = in.readInt();
            Map<String, Integer> labelCounts = new HashMap<>(Math.max(16, features * 4 / 3));
            int total = 0;
            for (int f = 0; f < features; f++) {
                String feature = in.readUTF();
                int count = in.readInt();
                labelCounts.put(feature, count);
                model.vocabulary.add(feature);
                total += count;
            }
            model.counts.put(label, labelCounts);
            model.totals.put(label, total);
        }
        return model;
    }

    static List<String> features(String text) {
        String[] syllables = VietnameseText.fold(text).split("[^\\p{L}\\p{N}]+");
        List<String> features = new ArrayList<>();
        String previous = null;
        for (String syllable : syllables) {
            if (syllable.isEmpty()) {
                continue;
            }
            if (syllable.length() > MAX_SYLLABLE) {
                previous = null;
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
