package vn.danvan.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.calendar.DayCount;

/** The rule book gathers the tables the modules contribute, in the order of docs/law/rules.md, and checks them. */
class RuleBookTests {

    static LegalRule rule(String table, String key, LocalDate from, LocalDate until) {
        return new LegalRule(table, key, "Thụ lý", "10 ngày", DayCount.CALENDAR_DAYS, from, until, "Luật", false);
    }

    @Test
    void tablesComeInTheOrderOfTheirSectionsAndFilterByTheDayInForce() {
        RuleTable a2 = RuleTable.of(
                "reception.frequencies",
                "Tần suất",
                "docs/law/rules.md A2",
                List.of(rule("reception.frequencies", "OLD", LocalDate.of(2014, 7, 1), LocalDate.of(2026, 6, 30))));
        RuleTable a1 = RuleTable.of(
                "petition.deadlines",
                "Thời hạn",
                "docs/law/rules.md A1",
                List.of(
                        rule("petition.deadlines", "OLD", LocalDate.of(2014, 7, 1), LocalDate.of(2026, 6, 30)),
                        rule("petition.deadlines", "NEW", LocalDate.of(2026, 7, 1), null)));
        RuleBook book = new RuleBook(List.of(a2, a1));

        assertThat(book.tables())
                .extracting(RuleBook.Table::id)
                .containsExactly("petition.deadlines", "reception.frequencies");
        assertThat(book.tablesOn(LocalDate.of(2026, 6, 30)).get(0).rules())
                .extracting(LegalRule::key)
                .containsExactly("OLD");
        assertThat(book.tablesOn(LocalDate.of(2026, 7, 1)).get(0).rules())
                .extracting(LegalRule::key)
                .containsExactly("NEW");
        assertThat(book.tablesOn(LocalDate.of(2026, 7, 1)).get(1).rules()).isEmpty();
    }

    @Test
    void aTableNamedTwiceOrARowOfAnotherTableOrAKeyTwiceIsRefusedAtStart() {
        RuleTable one = RuleTable.of("t", "T", "docs/law/rules.md A1", List.of(rule("t", "K", null, null)));
        assertThatThrownBy(() -> new RuleBook(List.of(one, one))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RuleBook(
                        List.of(RuleTable.of("t", "T", "docs/law/rules.md A1", List.of(rule("u", "K", null, null))))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RuleBook(List.of(RuleTable.of(
                        "t",
                        "T",
                        "docs/law/rules.md A1",
                        List.of(rule("t", "K", null, null), rule("t", "K", null, null))))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRuleWithoutItsSourceOrEndingBeforeItStartsCannotBeWritten() {
        assertThatThrownBy(() -> new LegalRule("t", "K", "Tên", "1 ngày", null, null, null, " ", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("t", "K", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
