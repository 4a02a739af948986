package vn.danvan.programme.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.programme.ReviewCommands.OpenReview;
import vn.danvan.programme.ReviewCommands.WriteReview;
import vn.danvan.programme.ReviewKind;
import vn.danvan.programme.domain.Review;
import vn.danvan.programme.domain.ReviewSection;

/** Reviews (sơ kết, tổng kết) with their narrative and, once issued, their frozen figures ({@code programme}). */
@Repository
public class Reviews {

    private static final String COLUMNS = """
            id, body_id, kind, period_from, period_to, title, number, place, results, limitations, causes, lessons,
            directions, signer_name, signer_position, state, issued_on, figures""";

    private static final TypeReference<List<ReviewSection>> SECTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(OpenReview command, String by) {
        return jdbc.sql("""
                insert into programme.review (body_id, kind, period_from, period_to, title, place, created_by)
                values (:body, :kind, :from, :to, :title, :place, :by) returning id
                """)
                .param("body", command.bodyId())
                .param("kind", command.kind().name())
                .param("from", command.periodFrom())
                .param("to", command.periodTo())
                .param("title", command.title())
                .param("place", command.place())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public void write(long id, WriteReview command) {
        jdbc.sql("""
                update programme.review set number = :number, results = :results, limitations = :limitations,
                    causes = :causes, lessons = :lessons, directions = :directions, signer_name = :signer,
                    signer_position = :position, version = version + 1
                where id = :id
                """)
                .param("number", command.number())
                .param("results", command.results())
                .param("limitations", command.limitations())
                .param("causes", command.causes())
                .param("lessons", command.lessons())
                .param("directions", command.directions())
                .param("signer", command.signerName())
                .param("position", command.signerPosition())
                .param("id", id)
                .update();
    }

    public void issue(long id, LocalDate on, List<ReviewSection> figures) {
        jdbc.sql("""
                update programme.review set state = 'ISSUED', issued_on = :on, figures = cast(:figures as jsonb),
                    version = version + 1
                where id = :id
                """)
                .param("on", on)
                .param("figures", json.writeValueAsString(figures))
                .param("id", id)
                .update();
    }

    public Optional<Review> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.review where id = ?")
                .param(id)
                .query(this::review)
                .optional();
    }

    public Optional<Review> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.review where id = ? for update")
                .param(id)
                .query(this::review)
                .optional();
    }

    public List<Review> of(Collection<Long> bodyIds, boolean allBodies) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from programme.review where :all or body_id = any(:bodies) order by period_to desc, id desc")
                .param("all", allBodies)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query(this::review)
                .list();
    }

    private Review review(ResultSet rs, int n) throws SQLException {
        String figures = rs.getString("figures");
        @Nullable List<ReviewSection> frozen = figures == null ? null : json.readValue(figures, SECTIONS);
        return new Review(
                rs.getLong("id"),
                rs.getLong("body_id"),
                ReviewKind.valueOf(rs.getString("kind")),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getString("title"),
                rs.getString("number"),
                rs.getString("place"),
                rs.getString("results"),
                rs.getString("limitations"),
                rs.getString("causes"),
                rs.getString("lessons"),
                rs.getString("directions"),
                rs.getString("signer_name"),
                rs.getString("signer_position"),
                "ISSUED".equals(rs.getString("state")),
                rs.getObject("issued_on", LocalDate.class),
                frozen);
    }
}
