package vn.danvan.democracy.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.democracy.domain.RatingRound;

/** The yearly rating rounds of the communes and their sheets ({@code democracy} schema). */
@Repository
public class RatingSheets {

    private static final String ROUND = """
            select id, committee_body_id, province_code, commune_code, year, criteria, opens_on, closes_on, published_on
            from democracy.rating_round
            """;

    private final JdbcClient jdbc;

    RatingSheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new round's id, or empty when the commune already has one that year. */
    public Optional<Long> addRound(
            long committeeBodyId,
            String provinceCode,
            String communeCode,
            int year,
            List<String> criteria,
            LocalDate opensOn,
            LocalDate closesOn,
            String actor) {
        return jdbc.sql("""
                insert into democracy.rating_round (committee_body_id, province_code, commune_code, year, criteria,
                    opens_on, closes_on, created_by)
                values (:body, :province, :commune, :year, :criteria, :opens, :closes, :actor)
                on conflict (commune_code, year) do nothing returning id
                """)
                .param("body", committeeBodyId)
                .param("province", provinceCode)
                .param("commune", communeCode)
                .param("year", year)
                .param("criteria", criteria.toArray(String[]::new))
                .param("opens", opensOn)
                .param("closes", closesOn)
                .param("actor", actor)
                .query(Long.class)
                .optional();
    }

    public Optional<RatingRound> round(long id) {
        return jdbc.sql(ROUND + " where id = ?")
                .param(id)
                .query(RatingSheets::round)
                .optional();
    }

    public Optional<RatingRound> round(String communeCode, int year) {
        return jdbc.sql(ROUND + " where commune_code = ? and year = ?")
                .param(communeCode)
                .param(year)
                .query(RatingSheets::round)
                .optional();
    }

    public List<RatingRound> rounds(Collection<Long> committeeBodyIds) {
        if (committeeBodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ROUND + " where committee_body_id in (:bodies) order by year desc, commune_code")
                .param("bodies", committeeBodyIds)
                .query(RatingSheets::round)
                .list();
    }

    public List<RatingRound> publishedRounds(String communeCode) {
        return jdbc.sql(ROUND + " where commune_code = ? and published_on is not null order by year desc")
                .param(communeCode)
                .query(RatingSheets::round)
                .list();
    }

    /** Whether the sheet was taken: false when the citizen already rated in the round (the unique key decides). */
    public boolean addSheet(
            long roundId,
            byte[] citizenDigest,
            @Nullable Long hamletId,
            List<Integer> scores,
            @Nullable String comment) {
        return jdbc.sql("""
                insert into democracy.rating_sheet (round_id, citizen_digest, hamlet_id, scores, comment)
                values (:round, :citizen, :hamlet, :scores, :comment)
                on conflict (round_id, citizen_digest) do nothing
                """)
                        .param("round", roundId)
                        .param("citizen", citizenDigest)
                        .param("hamlet", hamletId)
                        .param("scores", scores.toArray(Integer[]::new))
                        .param("comment", comment)
                        .update()
                == 1;
    }

    public boolean hasSheet(long roundId, byte[] citizenDigest) {
        return jdbc.sql(
                        "select exists (select 1 from democracy.rating_sheet where round_id = ? and citizen_digest = ?)")
                .param(roundId)
                .param(citizenDigest)
                .query(Boolean.class)
                .single();
    }

    public void published(long roundId, LocalDate on) {
        jdbc.sql("update democracy.rating_round set published_on = ? where id = ? and published_on is null")
                .param(on)
                .param(roundId)
                .update();
    }

    /** The closed rounds not yet published, for the daily publication. */
    public List<RatingRound> closedUnpublished(LocalDate today) {
        return jdbc.sql(ROUND + " where closes_on < ? and published_on is null order by id for update skip locked")
                .param(today)
                .query(RatingSheets::round)
                .list();
    }

    /** The round's results: the number of sheets, and per criterion its mean and the share of 4 and 5. */
    public RatingRound.Result result(RatingRound round) {
        int sheets = jdbc.sql("select count(*) from democracy.rating_sheet where round_id = ?")
                .param(round.id())
                .query(Integer.class)
                .single();
        List<RatingRound.Line> lines = new ArrayList<>();
        for (int i = 0; i < round.criteria().size(); i++) {
            int index = i + 1;
            double[] figures = jdbc.sql("""
                    select coalesce(avg(scores[:i]), 0), coalesce(avg(case when scores[:i] >= 4 then 1.0 else 0 end), 0)
                    from democracy.rating_sheet where round_id = :round
                    """)
                    .param("i", index)
                    .param("round", round.id())
                    .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                    .single();
            lines.add(new RatingRound.Line(round.criteria().get(i), figures[0], figures[1]));
        }
        return new RatingRound.Result(sheets, lines);
    }

    private static RatingRound round(ResultSet rs, int row) throws SQLException {
        Array criteria = rs.getArray("criteria");
        return new RatingRound(
                rs.getLong("id"),
                rs.getLong("committee_body_id"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                rs.getInt("year"),
                Arrays.asList((String[]) criteria.getArray()),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class));
    }
}
