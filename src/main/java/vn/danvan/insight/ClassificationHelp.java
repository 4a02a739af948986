package vn.danvan.insight;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.insight.domain.ClassifierNaiveBayes;
import vn.danvan.insight.persistence.ClassifierModels;
import vn.danvan.petition.ClassifiedCases;
import vn.danvan.petition.ClassifiedCases.ClassifiedCase;
import vn.danvan.petition.PetitionType;
import vn.danvan.shared.AuditTrail;

/**
 * Classification help at intake (issue 20): suggests a petition's type and field from its text, with a confidence
 * and the words that weighed most; the officer decides, nothing is set by itself. The model is a multinomial naive
 * Bayes over folded syllables and pairs of syllables ({@link ClassifierNaiveBayes}), trained on the platform's own
 * decided cases ({@link ClassifiedCases}) when an administrator asks, one run at a time, in the background. Every fifth
 * case of each type, in the order of their ids, is held back and measures the model that is then used.
 */
@Service
public class ClassificationHelp {

    private static final Logger log = LoggerFactory.getLogger(ClassificationHelp.class);

    /** One fifth of the decided cases of each type is held back to measure the model. */
    static final int HOLD_BACK_EVERY = 5;

    /** Cases read per query while training. */
    static final int PAGE = 2000;

    /** How often an instance looks for a model another instance trained. */
    static final Duration NEWER_MODEL_CHECK = Duration.ofMinutes(1);

    /** A suggestion for a type and a field; either is absent below the minimum confidence. */
    public record Suggestion(@Nullable Label type, @Nullable Label field) {}

    /** One suggested label (a {@link PetitionType} name or a field code), its confidence in percent, its words. */
    public record Label(String code, int percent, List<String> because) {}

    /** The held-back cases that were {@code actual} and got {@code suggested}, for a kind (TYPE or FIELD). */
    public record Confusion(String kind, String actual, String suggested, int cases) {}

    /** A stored model's figures, measured on its held-back cases. */
    public record ModelFigures(
            long version,
            Instant trainedAt,
            String trainedBy,
            int trainingCases,
            int heldBackCases,
            int typeRight,
            int fieldRight,
            List<Confusion> confusion) {

        public ModelFigures withConfusion(List<Confusion> cells) {
            return new ModelFigures(
                    version, trainedAt, trainedBy, trainingCases, heldBackCases, typeRight, fieldRight, cells);
        }

        /** Right suggestions of a kind in percent of the held-back cases, or null when none were held back. */
        public @Nullable Integer accuracy(String kind) {
            return heldBackCases == 0
                    ? null
                    : (int) Math.round(100.0 * ("TYPE".equals(kind) ? typeRight : fieldRight) / heldBackCases);
        }

        /** Per actual label of a kind: held-back cases, right ones. */
        public Map<String, int[]> perLabel(String kind) {
            Map<String, int[]> lines = new TreeMap<>();
            for (Confusion cell : confusion) {
                if (cell.kind().equals(kind)) {
                    int[] line = lines.computeIfAbsent(cell.actual(), k -> new int[2]);
                    line[0] += cell.cases();
                    if (cell.actual().equals(cell.suggested())) {
                        line[1] += cell.cases();
                    }
                }
            }
            return lines;
        }

        /** The labels of a kind seen among the held-back cases, actual or suggested. */
        public List<String> labels(String kind) {
            return confusion.stream()
                    .filter(c -> c.kind().equals(kind))
                    .flatMap(c -> java.util.stream.Stream.of(c.actual(), c.suggested()))
                    .distinct()
                    .sorted()
                    .toList();
        }

        public int cases(String kind, String actual, String suggested) {
            return confusion.stream()
                    .filter(c -> c.kind().equals(kind)
                            && c.actual().equals(actual)
                            && c.suggested().equals(suggested))
                    .mapToInt(Confusion::cases)
                    .sum();
        }
    }

    /** A retraining: RUNNING, DONE (with the model it made) or FAILED. */
    public record Run(
            long id,
            Instant startedAt,
            String startedBy,
            String state,
            @Nullable Instant finishedAt,
            @Nullable Long modelVersion,
            @Nullable String failure) {

        public boolean running() {
            return "RUNNING".equals(state);
        }
    }

    private record Loaded(long version, ClassifierNaiveBayes types, ClassifierNaiveBayes fields) {}

    private final ClassifierModels models;
    private final ClassifiedCases cases;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writes;
    private final TransactionTemplate snapshot;
    private final double minConfidence;
    private volatile @Nullable Loaded current;
    private volatile Instant checkedAt = Instant.EPOCH;

    ClassificationHelp(
            ClassifierModels models,
            ClassifiedCases cases,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions,
            // [K] not set by law: below it a suggestion would mislead more than help (docs/security.md "Classification
            // help").
            @Value("${danvan.classifier.min-confidence:0.6}") double minConfidence) {
        this.models = models;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
        // Both passes over the decided cases read one snapshot, so the held-back cases are the same in each.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.minConfidence = minConfidence;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadNewest() {
        checkedAt = clock.instant();
        current = null;
        models.newestVersion().ifPresent(this::load);
    }

    private void load(long version) {
        models.counts(version).ifPresent(bytes -> {
            try (var in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
                current = new Loaded(version, ClassifierNaiveBayes.readFrom(in), ClassifierNaiveBayes.readFrom(in));
            } catch (IOException unreadable) {
                log.warn("Classifier model {} could not be read: {}", version, unreadable.getMessage());
            }
        });
    }

    /** The version of the model in use, if any. */
    public Optional<Long> modelVersion() {
        refreshIfOld();
        Loaded loaded = current;
        return loaded == null ? Optional.empty() : Optional.of(loaded.version());
    }

    /**
     * What the model suggests for a petition's title and content; nothing without a model or when neither the type
     * nor the field reaches the minimum confidence. The text is neither stored nor logged.
     */
    public Optional<Suggestion> suggest(String title, String content) {
        refreshIfOld();
        Loaded loaded = current;
        String text = (title + "\n" + content).strip();
        if (text.length() > ClassifiedCases.TEXT_LIMIT) {
            text = text.substring(0, ClassifiedCases.TEXT_LIMIT);
        }
        if (loaded == null || text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> written = asWritten(text);
        Label type = label(loaded.types(), text, written);
        Label field = label(loaded.fields(), text, written);
        return type == null && field == null ? Optional.empty() : Optional.of(new Suggestion(type, field));
    }

    private @Nullable Label label(ClassifierNaiveBayes model, String text, Map<String, String> written) {
        // Never "100 %": the model is sure of nothing, the officer decides.
        return model.suggest(text)
                .filter(s -> s.confidence() >= minConfidence)
                .map(s -> new Label(
                        s.label(),
                        Math.min(99, (int) Math.floor(100 * s.confidence())),
                        s.because().stream()
                                .map(w -> written.getOrDefault(w, w))
                                .toList()))
                .orElse(null);
    }

    /** The pairs of syllables of a text as it was written (lower case, with its diacritics), by their folded form. */
    static Map<String, String> asWritten(String text) {
        Map<String, String> pairs = new java.util.HashMap<>();
        String previous = null;
        for (String syllable : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")) {
            if (syllable.isEmpty()) {
                continue;
            }
            if (previous != null) {
                pairs.putIfAbsent(
                        vn.danvan.shared.VietnameseText.fold(previous) + " "
                                + vn.danvan.shared.VietnameseText.fold(syllable),
                        previous + " " + syllable);
            }
            previous = syllable;
        }
        return pairs;
    }

    private void refreshIfOld() {
        Instant now = clock.instant();
        if (Duration.between(checkedAt, now).compareTo(NEWER_MODEL_CHECK) < 0) {
            return;
        }
        checkedAt = now;
        Loaded loaded = current;
        models.newestVersion()
                .filter(v -> loaded == null || v != loaded.version())
                .ifPresent(this::load);
    }

    public Optional<ModelFigures> figures() {
        return models.newestFigures();
    }

    public Optional<Run> lastRun() {
        return models.lastRun();
    }

    /**
     * Starts a retraining in the background on behalf of whoever asks, unless one is already running on any instance:
     * the new model's version when it is done, or nothing when another run holds the place.
     */
    public Optional<CompletableFuture<Long>> retrain() {
        AuditTrail.Origin origin = AuditTrail.currentOrigin();
        Optional<Long> run = writes.execute(status -> {
            Optional<Long> started = models.startRun(origin.actor(), clock.instant());
            started.ifPresent(id -> audit.record(origin, "classifier.retrain-started", "classifier_run", id, Map.of()));
            return started;
        });
        if (run == null || run.isEmpty()) {
            return Optional.empty();
        }
        long id = run.get();
        CompletableFuture<Long> done = new CompletableFuture<>();
        Thread.ofVirtual().name("classifier-training-" + id).start(() -> {
            try {
                done.complete(train(id, origin));
            } catch (RuntimeException | Error failure) {
                log.warn("Classifier training run {} failed: {}", id, failure.toString());
                writes.executeWithoutResult(status -> {
                    models.failRun(id, failureCode(failure), clock.instant());
                    audit.record(origin, "classifier.retrain-failed", "classifier_run", id, Map.of());
                });
                done.completeExceptionally(failure);
            }
        });
        return Optional.of(done);
    }

    private static String failureCode(Throwable failure) {
        return failure instanceof NoCases ? "no-cases" : "error";
    }

    /** No decided case to learn from yet. */
    static final class NoCases extends RuntimeException {
        NoCases() {
            super("no decided cases", null, false, false);
        }
    }

    private long train(long run, AuditTrail.Origin origin) {
        Training training = snapshot.execute(status -> {
            Training t = new Training();
            Map<PetitionType, Integer> seen = new EnumMap<>(PetitionType.class);
            eachDecided(c -> {
                if (seen.merge(c.type(), 1, Integer::sum) % HOLD_BACK_EVERY != 0) {
                    t.types.learn(text(c), c.type().name());
                    t.fields.learn(text(c), c.fieldCode());
                    t.trainingCases++;
                }
            });
            if (t.trainingCases == 0) {
                throw new NoCases();
            }
            seen.clear();
            eachDecided(c -> {
                if (seen.merge(c.type(), 1, Integer::sum) % HOLD_BACK_EVERY == 0) {
                    t.heldBack++;
                    String suggestedType =
                            t.types.suggest(text(c)).orElseThrow().label();
                    String suggestedField =
                            t.fields.suggest(text(c)).orElseThrow().label();
                    t.typeRight += suggestedType.equals(c.type().name()) ? 1 : 0;
                    t.fieldRight += suggestedField.equals(c.fieldCode()) ? 1 : 0;
                    t.cell("TYPE", c.type().name(), suggestedType);
                    t.cell("FIELD", c.fieldCode(), suggestedField);
                }
            });
            return t;
        });
        if (training == null) {
            throw new IllegalStateException("no training");
        }
        byte[] counts = counts(training);
        Instant at = clock.instant();
        ModelFigures figures = new ModelFigures(
                0,
                at,
                origin.actor(),
                training.trainingCases,
                training.heldBack,
                training.typeRight,
                training.fieldRight,
                training.confusion.entrySet().stream()
                        .map(e -> {
                            String[] key = e.getKey().split("\u0000", 3);
                            return new Confusion(key[0], key[1], key[2], e.getValue());
                        })
                        .toList());
        Long version = writes.execute(status -> {
            long v = models.add(figures, counts);
            models.finishRun(run, v, at);
            audit.record(
                    origin,
                    "classifier.trained",
                    "classifier_model",
                    v,
                    Map.of(
                            "trainingCases", training.trainingCases,
                            "heldBackCases", training.heldBack,
                            "typeRight", training.typeRight,
                            "fieldRight", training.fieldRight));
            return v;
        });
        if (version == null) {
            throw new IllegalStateException("no version");
        }
        current = new Loaded(version, training.types, training.fields);
        return version;
    }

    private static final class Training {
        final ClassifierNaiveBayes types = new ClassifierNaiveBayes();
        final ClassifierNaiveBayes fields = new ClassifierNaiveBayes();
        final Map<String, Integer> confusion = new TreeMap<>();
        int trainingCases;
        int heldBack;
        int typeRight;
        int fieldRight;

        void cell(String kind, String actual, String suggested) {
            confusion.merge(kind + "\u0000" + actual + "\u0000" + suggested, 1, Integer::sum);
        }
    }

    private void eachDecided(Consumer<ClassifiedCase> each) {
        long after = 0;
        while (true) {
            List<ClassifiedCase> page = cases.decidedAfter(after, PAGE);
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.getLast().id();
        }
    }

    static String text(ClassifiedCase c) {
        return c.title() + "\n" + c.content();
    }

    private static byte[] counts(Training training) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            training.types.writeTo(out);
            training.fields.writeTo(out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
