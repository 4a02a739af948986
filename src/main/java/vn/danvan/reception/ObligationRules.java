package vn.danvan.reception;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The frequency rule table (rules.md A2), read from {@code reception.obligation_rule}. */
@Component
class ObligationRules {

    record Rule(HeadPosition position, String perPeriod, int minDays, boolean mayDelegate, LocalDate validFrom,
            LocalDate validTo, String source) {
    }

    private final JdbcClient jdbc;

    ObligationRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule in force for the position on that day, if the position has one then. */
    Optional<Rule> ruleFor(HeadPosition position, LocalDate day) {
        return jdbc.sql("""
                select * from reception.obligation_rule
                where position = :position and valid_from <= :day and (valid_to is null or valid_to >= :day)
                order by valid_from desc limit 1
                """).param("position", position.name()).param("day", day)
                .query((rs, n) -> new Rule(HeadPosition.valueOf(rs.getString("position")), rs.getString("per_period"),
                        rs.getInt("min_days"), rs.getBoolean("may_delegate"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        rs.getString("source"))).optional();
    }

}
