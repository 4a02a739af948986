package vn.danvan.portal.persistence;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.portal.domain.Rating;

/** The ratings of finished cases ({@code portal.rating}), one per case; reports read {@code portal.rating_facts}. */
@Repository
public class Ratings {

    private final JdbcClient jdbc;

    Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the rating of a case handled by a body; false when the case was rated already. */
    public boolean add(long petitionId, long bodyId, Rating rating) {
        return jdbc.sql("""
                insert into portal.rating (petition_id, body_id, score, comment, rated_on) values (?, ?, ?, ?, ?)
                on conflict (petition_id) do nothing
                """)
                        .param(petitionId)
                        .param(bodyId)
                        .param(rating.score())
                        .param(rating.comment())
                        .param(rating.ratedOn())
                        .update()
                > 0;
    }

    public Optional<Rating> of(long petitionId) {
        return jdbc.sql("select score, comment, rated_on from portal.rating where petition_id = ?")
                .param(petitionId)
                .query((rs, n) -> new Rating(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }
}
