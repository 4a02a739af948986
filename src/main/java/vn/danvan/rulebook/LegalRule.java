package vn.danvan.rulebook;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.calendar.DayCount;

/**
 * One row of a rule table: a rule of law as the platform applies it, with its value as the law writes it,
 * how its days are counted (none for a rule without a period), the days it is in force and its source.
 * {@code configurable} marks a value the law does not fix or a source not yet confirmed ([K] or [?] in
 * docs/law/rules.md): the platform's default, to be checked and changed locally.
 *
 * @param table the id of the table the row belongs to ({@link RuleTable#id()})
 * @param key the row's name in code (an enum constant, usually), unique in its table
 */
public record LegalRule(
        String table,
        String key,
        String title,
        String value,
        @Nullable DayCount dayType,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveUntil,
        String source,
        boolean configurable) {

    public LegalRule {
        if (key.isBlank() || title.isBlank() || value.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("A rule needs its key, title, value and source: " + table + "/" + key);
        }
        if (effectiveFrom != null && effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("A rule ends before it starts: " + table + "/" + key);
        }
    }

    /** Whether the rule is in force on that day (both ends included). */
    public boolean isEffectiveOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }
}
