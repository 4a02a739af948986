package vn.danvan.programme.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.organization.UnitLevel;
import vn.danvan.programme.CommendationForm;
import vn.danvan.programme.ModelCommands;
import vn.danvan.programme.ModelField;
import vn.danvan.programme.ModelKind;
import vn.danvan.programme.ModelStatus;
import vn.danvan.programme.domain.Commendation;
import vn.danvan.programme.domain.CouncilMember;
import vn.danvan.programme.domain.Model;
import vn.danvan.programme.domain.ModelCriterion;
import vn.danvan.programme.domain.ModelEvent;
import vn.danvan.programme.domain.ModelLevelCount;
import vn.danvan.programme.domain.ModelPhoto;
import vn.danvan.programme.domain.ModelRound;
import vn.danvan.programme.domain.ModelScoring;
import vn.danvan.programme.domain.ReviewPeriod;
import vn.danvan.shared.FileStore;

/** Rounds, councils, models with their scores, commendations, photos and timelines ({@code programme} schema). */
@Repository
public class Models {

    private static final String ROUND = """
            id, body_id, year, level, title, opens_on, closes_on, threshold, closed_at""";
    private static final String MODEL = """
            id, round_id, body_id, province_code, commune_code, kind, field, level, year, name, owner_name, address,
            goals, indicators, results, status, origin_id, score, registered_on, evaluated_on, recognised_on,
            recognition_decision""";
    private static final String RECOGNISED = "('RECOGNISED', 'COMMENDED', 'REPLICATED')";

    private final JdbcClient jdbc;
    private final PhotoRows photoRows;

    Models(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.photoRows = new PhotoRows(jdbc, "programme.model_photo", "model_id");
    }

    // ---- rounds -------------------------------------------------------------------------------------

    public long addRound(ModelCommands.OpenRound command, BigDecimal threshold, String by) {
        return jdbc.sql("""
                insert into programme.model_round (body_id, year, level, title, opens_on, closes_on, threshold,
                    created_by)
                values (:body, :year, :level, :title, :opens, :closes, :threshold, :by)
                on conflict (body_id, year, level) do nothing
                returning id
                """)
                .param("body", command.bodyId())
                .param("year", command.year())
                .param("level", command.level().name())
                .param("title", command.title())
                .param("opens", command.opensOn())
                .param("closes", command.closesOn())
                .param("threshold", threshold)
                .param("by", by)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    public void addCriterion(long roundId, int position, String name, int weight, int maxScore) {
        jdbc.sql("""
                insert into programme.model_criterion (round_id, position, name, weight, max_score)
                values (:round, :position, :name, :weight, :max)
                """)
                .param("round", roundId)
                .param("position", position)
                .param("name", name)
                .param("weight", weight)
                .param("max", maxScore)
                .update();
    }

    public void closeRound(long roundId) {
        jdbc.sql("update programme.model_round set closed_at = now() where id = ? and closed_at is null")
                .param(roundId)
                .update();
    }

    public Optional<ModelRound> round(long id) {
        return jdbc.sql("select " + ROUND + " from programme.model_round where id = ?")
                .param(id)
                .query(Models::round)
                .optional();
    }

    public Optional<ModelRound> lockRound(long id) {
        return jdbc.sql("select " + ROUND + " from programme.model_round where id = ? for update")
                .param(id)
                .query(Models::round)
                .optional();
    }

    /** Rounds of the bodies, newest year first. */
    public List<ModelRound> rounds(Collection<Long> bodyIds, boolean all) {
        return jdbc.sql("select " + ROUND + " from programme.model_round where (:all or body_id = any(:bodies))"
                        + " order by year desc, level, id desc limit 500")
                .param("all", all)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query(Models::round)
                .list();
    }

    public List<ModelCriterion> criteria(long roundId) {
        return jdbc.sql("""
                select id, round_id, position, name, weight, max_score from programme.model_criterion
                where round_id = ? order by position
                """)
                .param(roundId)
                .query((rs, n) -> new ModelCriterion(
                        rs.getLong("id"),
                        rs.getLong("round_id"),
                        rs.getInt("position"),
                        rs.getString("name"),
                        rs.getInt("weight"),
                        rs.getInt("max_score")))
                .list();
    }

    public long addMember(long roundId, String fullName, @Nullable String position, String by) {
        return jdbc.sql("""
                insert into programme.council_member (round_id, full_name, position, added_by)
                values (:round, :name, :position, :by) returning id
                """)
                .param("round", roundId)
                .param("name", fullName)
                .param("position", position)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public List<CouncilMember> members(long roundId) {
        return jdbc.sql("""
                select id, round_id, full_name, position from programme.council_member where round_id = ? order by id
                """)
                .param(roundId)
                .query((rs, n) -> new CouncilMember(
                        rs.getLong("id"), rs.getLong("round_id"), rs.getString("full_name"), rs.getString("position")))
                .list();
    }

    // ---- models -------------------------------------------------------------------------------------

    public long add(
            ModelRound round,
            ModelCommands.RegisterModel command,
            @Nullable String provinceCode,
            @Nullable String communeCode,
            @Nullable Long originId,
            LocalDate registeredOn,
            String by) {
        return jdbc.sql("""
                insert into programme.model (round_id, body_id, province_code, commune_code, kind, field, level, year,
                    name, owner_name, address, goals, indicators, origin_id, registered_on, created_by)
                values (:round, :body, :province, :commune, :kind, :field, :level, :year, :name, :owner, :address,
                    :goals, :indicators, :origin, :on, :by)
                returning id
                """)
                .param("round", round.id())
                .param("body", command.bodyId())
                .param("province", provinceCode)
                .param("commune", communeCode)
                .param("kind", command.kind().name())
                .param("field", command.field().name())
                .param("level", round.level().name())
                .param("year", round.year())
                .param("name", command.name())
                .param("owner", command.ownerName())
                .param("address", command.address())
                .param("goals", command.goals())
                .param("indicators", command.indicators())
                .param("origin", originId)
                .param("on", registeredOn)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public Optional<Model> find(long id) {
        return jdbc.sql("select " + MODEL + " from programme.model where id = ?")
                .param(id)
                .query(Models::model)
                .optional();
    }

    /** The model, its row locked until the transaction ends: moves of one model happen one after the other. */
    public Optional<Model> lock(long id) {
        return jdbc.sql("select " + MODEL + " from programme.model where id = ? for update")
                .param(id)
                .query(Models::model)
                .optional();
    }

    public void status(long id, ModelStatus status) {
        jdbc.sql("update programme.model set status = :status, version = version + 1 where id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    public void results(long id, String results) {
        jdbc.sql("update programme.model set results = :results, version = version + 1 where id = :id")
                .param("results", results)
                .param("id", id)
                .update();
    }

    public void evaluated(long id, ModelStatus status, BigDecimal score, LocalDate on) {
        jdbc.sql("""
                update programme.model set status = :status, score = :score, evaluated_on = :on, version = version + 1
                where id = :id
                """)
                .param("status", status.name())
                .param("score", score)
                .param("on", on)
                .param("id", id)
                .update();
    }

    public void recognised(long id, String decisionNumber, LocalDate on) {
        jdbc.sql("""
                update programme.model set status = 'RECOGNISED', recognition_decision = :decision,
                    recognised_on = :on, version = version + 1
                where id = :id
                """)
                .param("decision", decisionNumber)
                .param("on", on)
                .param("id", id)
                .update();
    }

    /** Models of the bodies, optionally of one round, one year, one status; newest first, at most 500. */
    public List<Model> of(
            Collection<Long> bodyIds,
            boolean all,
            @Nullable Long roundId,
            @Nullable Integer year,
            @Nullable ModelStatus status) {
        StringBuilder sql =
                new StringBuilder("select " + MODEL + " from programme.model where (:all or body_id = any(:bodies))");
        if (roundId != null) {
            sql.append(" and round_id = :round");
        }
        if (year != null) {
            sql.append(" and year = :year");
        }
        if (status != null) {
            sql.append(" and status = :status");
        }
        sql.append(" order by year desc, id desc limit 500");
        var statement = jdbc.sql(sql.toString()).param("all", all).param("bodies", bodyIds.toArray(Long[]::new));
        if (roundId != null) {
            statement = statement.param("round", roundId);
        }
        if (year != null) {
            statement = statement.param("year", year);
        }
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return statement.query(Models::model).list();
    }

    /** Recognised models for the portal, optionally of a province, a commune, a field; newest first. */
    public List<Model> recognised(
            @Nullable String provinceCode, @Nullable String communeCode, @Nullable ModelField field, int limit) {
        StringBuilder sql =
                new StringBuilder("select " + MODEL + " from programme.model where status in " + RECOGNISED);
        if (provinceCode != null) {
            sql.append(" and province_code = :province");
        }
        if (communeCode != null) {
            sql.append(" and commune_code = :commune");
        }
        if (field != null) {
            sql.append(" and field = :field");
        }
        sql.append(" order by recognised_on desc nulls last, id desc limit :limit");
        var statement = jdbc.sql(sql.toString()).param("limit", limit);
        if (provinceCode != null) {
            statement = statement.param("province", provinceCode);
        }
        if (communeCode != null) {
            statement = statement.param("commune", communeCode);
        }
        if (field != null) {
            statement = statement.param("field", field.name());
        }
        return statement.query(Models::model).list();
    }

    public List<Model> replicas(long originId) {
        return jdbc.sql("select " + MODEL + " from programme.model where origin_id = ? order by id")
                .param(originId)
                .query(Models::model)
                .list();
    }

    /** Per level, the models registered in rounds of the year by the bodies, and how many were recognised. */
    public List<ModelLevelCount> counts(Collection<Long> bodyIds, boolean all, int year) {
        return jdbc.sql("""
                select level, count(*) as registered,
                       count(*) filter (where status in %s) as recognised,
                       count(*) filter (where exists (select 1 from programme.commendation c where c.model_id = m.id))
                           as commended,
                       count(*) filter (where origin_id is not null) as replicas
                from programme.model m
                where year = :year and (:all or body_id = any(:bodies))
                group by level
                """.formatted(RECOGNISED))
                .param("year", year)
                .param("all", all)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query((rs, n) -> new ModelLevelCount(
                        UnitLevel.valueOf(rs.getString("level")),
                        rs.getLong("registered"),
                        rs.getLong("recognised"),
                        rs.getLong("commended"),
                        rs.getLong("replicas")))
                .list();
    }

    /** Registered, recognised, commended and replicated in the period, for the review (sơ kết, tổng kết). */
    public long[] reviewCounts(ReviewPeriod period) {
        return jdbc.sql("""
                select
                  (select count(*) from programme.model where registered_on between :from and :to
                       and (:all or body_id = any(:bodies))) as registered,
                  (select count(*) from programme.model where recognised_on between :from and :to
                       and (:all or body_id = any(:bodies))) as recognised,
                  (select count(*) from programme.commendation c join programme.model m on m.id = c.model_id
                       where c.decided_on between :from and :to and (:all or m.body_id = any(:bodies))) as commended,
                  (select count(*) from programme.model where origin_id is not null
                       and registered_on between :from and :to and (:all or body_id = any(:bodies))) as replicas
                """)
                .param("from", period.from())
                .param("to", period.to())
                .param("all", period.allBodies())
                .param("bodies", period.bodyIds().toArray(Long[]::new))
                .query((rs, n) -> new long[] {
                    rs.getLong("registered"), rs.getLong("recognised"), rs.getLong("commended"), rs.getLong("replicas")
                })
                .single();
    }

    // ---- scores -------------------------------------------------------------------------------------

    public void score(long modelId, long memberId, long criterionId, BigDecimal score, String by) {
        jdbc.sql("""
                insert into programme.model_score (model_id, member_id, criterion_id, score, scored_by)
                values (:model, :member, :criterion, :score, :by)
                on conflict (model_id, member_id, criterion_id)
                do update set score = excluded.score, scored_by = excluded.scored_by, scored_at = now()
                """)
                .param("model", modelId)
                .param("member", memberId)
                .param("criterion", criterionId)
                .param("score", score)
                .param("by", by)
                .update();
    }

    public List<ModelScoring.Score> scores(long modelId) {
        return jdbc.sql("select member_id, criterion_id, score from programme.model_score where model_id = ?")
                .param(modelId)
                .query((rs, n) -> new ModelScoring.Score(
                        rs.getLong("member_id"), rs.getLong("criterion_id"), rs.getBigDecimal("score")))
                .list();
    }

    // ---- commendations, photos, timeline ------------------------------------------------------------

    public long commend(long modelId, ModelCommands.Commend command, String by) {
        return jdbc.sql("""
                insert into programme.commendation (model_id, form, issuer, decision_number, decided_on, recorded_by)
                values (:model, :form, :issuer, :number, :on, :by) returning id
                """)
                .param("model", modelId)
                .param("form", command.form().name())
                .param("issuer", command.issuer())
                .param("number", command.decisionNumber())
                .param("on", command.decidedOn())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public List<Commendation> commendations(long modelId) {
        return jdbc.sql("""
                select id, model_id, form, issuer, decision_number, decided_on from programme.commendation
                where model_id = ? order by decided_on, id
                """)
                .param(modelId)
                .query((rs, n) -> new Commendation(
                        rs.getLong("id"),
                        rs.getLong("model_id"),
                        CommendationForm.valueOf(rs.getString("form")),
                        rs.getString("issuer"),
                        rs.getString("decision_number"),
                        rs.getObject("decided_on", LocalDate.class)))
                .list();
    }

    public ModelPhoto addPhoto(long modelId, @Nullable String caption, FileStore.Stored stored, String by) {
        return photoRows.add(modelId, caption, stored, by);
    }

    public List<ModelPhoto> photos(long modelId) {
        return photoRows.of(modelId);
    }

    public Optional<String> photoKey(long modelId, long photoId) {
        return photoRows.key(modelId, photoId);
    }

    public void recordEvent(long modelId, String kind, String actor, @Nullable String note) {
        jdbc.sql("""
                insert into programme.model_event (model_id, kind, actor, note) values (:model, :kind, :actor, :note)
                """)
                .param("model", modelId)
                .param("kind", kind)
                .param("actor", actor)
                .param("note", note)
                .update();
    }

    public List<ModelEvent> timeline(long modelId) {
        return jdbc.sql("""
                select id, model_id, occurred_at, kind, actor, note from programme.model_event
                where model_id = ? order by occurred_at, id
                """)
                .param(modelId)
                .query((rs, n) -> new ModelEvent(
                        rs.getLong("id"),
                        rs.getLong("model_id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getString("note")))
                .list();
    }

    private static ModelRound round(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new ModelRound(
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getInt("year"),
                UnitLevel.valueOf(rs.getString("level")),
                rs.getString("title"),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                rs.getBigDecimal("threshold"),
                closed == null ? null : closed.toInstant());
    }

    private static Model model(ResultSet rs, int row) throws SQLException {
        long origin = rs.getLong("origin_id");
        Long originId = rs.wasNull() ? null : origin;
        return new Model(
                rs.getLong("id"),
                rs.getLong("round_id"),
                rs.getLong("body_id"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                ModelKind.valueOf(rs.getString("kind")),
                ModelField.valueOf(rs.getString("field")),
                UnitLevel.valueOf(rs.getString("level")),
                rs.getInt("year"),
                rs.getString("name"),
                rs.getString("owner_name"),
                rs.getString("address"),
                rs.getString("goals"),
                rs.getString("indicators"),
                rs.getString("results"),
                ModelStatus.valueOf(rs.getString("status")),
                originId,
                rs.getBigDecimal("score"),
                rs.getObject("registered_on", LocalDate.class),
                rs.getObject("evaluated_on", LocalDate.class),
                rs.getObject("recognised_on", LocalDate.class),
                rs.getString("recognition_decision"));
    }
}
