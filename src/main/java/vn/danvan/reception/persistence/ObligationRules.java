package vn.danvan.reception.persistence;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.reception.HeadPosition;
import vn.danvan.reception.domain.ObligationRule;

/** The frequency rule table (rules.md A2), read from {@code reception.obligation_rule}. */
@Repository
public class ObligationRules {

    private final JdbcClient jdbc;

    ObligationRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule in force for the position on that day, if the position has one then. */
    public Optional<ObligationRule> ruleFor(HeadPosition position, LocalDate day) {
        return jdbc.sql("""
                select * from reception.obligation_rule
                where position = :position and valid_from <= :day and (valid_to is null or valid_to >= :day)
                order by valid_from desc limit 1
                """)
                .param("position", position.name())
                .param("day", day)
                .query((rs, n) -> new ObligationRule(
                        HeadPosition.valueOf(rs.getString("position")),
                        rs.getString("per_period"),
                        rs.getInt("min_days"),
                        rs.getBoolean("may_delegate"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getString("source")))
                .optional();
    }
}
