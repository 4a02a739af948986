package vn.danvan.insight.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.insight.ClassificationHelp.Confusion;
import vn.danvan.insight.ClassificationHelp.ModelFigures;
import vn.danvan.insight.ClassificationHelp.Run;

/** The classification models (insight.classifier_model), their held-back figures and the runs that train them. */
@Repository
public class ClassifierModels {

    /** A run still marked running after this long died with its instance: another may start. */
    static final String ABANDONED_AFTER = "1 hour";

    private final JdbcClient jdbc;

    ClassifierModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> newestVersion() {
        return jdbc.sql("select max(version) from insight.classifier_model where counts is not null")
                .query(Long.class)
                .optional();
    }

    /** The stored counts of a model. */
    public Optional<byte[]> counts(long version) {
        return jdbc.sql("select counts from insight.classifier_model where version = :version and counts is not null")
                .param("version", version)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    public Optional<ModelFigures> newestFigures() {
        return jdbc.sql("""
                        select version, trained_at, trained_by, training_cases, held_back_cases, type_right, field_right
                        from insight.classifier_model where counts is not null order by version desc limit 1
                        """)
                .query((rs, n) -> new ModelFigures(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        List.of()))
                .optional()
                .map(figures -> figures.withConfusion(confusion(figures.version())));
    }

    private List<Confusion> confusion(long version) {
        return jdbc.sql("""
                        select kind, actual, suggested, cases from insight.classifier_confusion
                        where model_version = :version order by kind, actual, suggested
                        """)
                .param("version", version)
                .query((rs, n) -> new Confusion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** Stores a new model, which becomes the newest; older models keep their figures but give up their counts. */
    public long add(ModelFigures figures, byte[] counts) {
        long version = jdbc.sql("""
                        insert into insight.classifier_model (trained_at, trained_by, training_cases, held_back_cases,
                            type_right, field_right, counts)
                        values (:at, :by, :training, :heldBack, :typeRight, :fieldRight, :counts)
                        returning version
                        """)
                .param("at", figures.trainedAt().atOffset(java.time.ZoneOffset.UTC))
                .param("by", figures.trainedBy())
                .param("training", figures.trainingCases())
                .param("heldBack", figures.heldBackCases())
                .param("typeRight", figures.typeRight())
                .param("fieldRight", figures.fieldRight())
                .param("counts", counts)
                .query(Long.class)
                .single();
        for (Confusion cell : figures.confusion()) {
            jdbc.sql("""
                            insert into insight.classifier_confusion (model_version, kind, actual, suggested, cases)
                            values (:version, :kind, :actual, :suggested, :cases)
                            """)
                    .param("version", version)
                    .param("kind", cell.kind())
                    .param("actual", cell.actual())
                    .param("suggested", cell.suggested())
                    .param("cases", cell.cases())
                    .update();
        }
        jdbc.sql("update insight.classifier_model set counts = null where version < :version and counts is not null")
                .param("version", version)
                .update();
        return version;
    }

    /** Starts a run, unless one is running: its id, or nothing. */
    public Optional<Long> startRun(String actor, Instant at) {
        jdbc.sql("update insight.classifier_run set state = 'FAILED', finished_at = :at, failure = 'abandoned'"
                        + " where state = 'RUNNING' and started_at < :at - interval '" + ABANDONED_AFTER + "'")
                .param("at", at.atOffset(java.time.ZoneOffset.UTC))
                .update();
        return jdbc.sql("""
                        insert into insight.classifier_run (started_at, started_by, state) values (:at, :by, 'RUNNING')
                        on conflict do nothing returning id
                        """)
                .param("at", at.atOffset(java.time.ZoneOffset.UTC))
                .param("by", actor)
                .query(Long.class)
                .optional();
    }

    public void finishRun(long run, long version, Instant at) {
        jdbc.sql("""
                        update insight.classifier_run set state = 'DONE', finished_at = :at, model_version = :version
                        where id = :run
                        """)
                .param("at", at.atOffset(java.time.ZoneOffset.UTC))
                .param("version", version)
                .param("run", run)
                .update();
    }

    public void failRun(long run, String failure, Instant at) {
        jdbc.sql(
                        "update insight.classifier_run set state = 'FAILED', finished_at = :at, failure = :failure where id = :run")
                .param("at", at.atOffset(java.time.ZoneOffset.UTC))
                .param("failure", failure)
                .param("run", run)
                .update();
    }

    public Optional<Run> lastRun() {
        return jdbc.sql("""
                        select id, started_at, started_by, state, finished_at, model_version, failure
                        from insight.classifier_run order by id desc limit 1
                        """)
                .query((rs, n) -> {
                    OffsetDateTime finished = rs.getObject(5, OffsetDateTime.class);
                    return new Run(
                            rs.getLong(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3),
                            rs.getString(4),
                            finished == null ? null : finished.toInstant(),
                            (Long) rs.getObject(6),
                            rs.getString(7));
                })
                .optional();
    }
}
