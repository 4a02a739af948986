package vn.danvan.rulebook;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The rule book: the tables every module contributes, gathered and checked once — unique table ids, every row
 * in its own table, no key twice in a table.
 */
@Service
public class RuleBook {

    /** A table as the rule book shows it. */
    public record Table(String id, String title, String section, List<LegalRule> rules) {}

    private final List<Table> tables;

    public RuleBook(List<RuleTable> contributed) {
        Set<String> ids = new HashSet<>();
        this.tables = contributed.stream()
                .map(table -> {
                    if (!ids.add(table.id())) {
                        throw new IllegalStateException("Two rule tables named " + table.id());
                    }
                    List<LegalRule> rules = List.copyOf(table.rules());
                    Set<String> keys = new HashSet<>();
                    for (LegalRule rule : rules) {
                        if (!rule.table().equals(table.id()) || !keys.add(rule.key())) {
                            throw new IllegalStateException(
                                    "Rule " + rule.key() + " is not a row of its own in " + table.id());
                        }
                    }
                    return new Table(table.id(), table.title(), table.section(), rules);
                })
                .sorted(Comparator.comparing(Table::section).thenComparing(Table::id))
                .toList();
    }

    /** Every table, in the order of the sections of docs/law/rules.md. */
    public List<Table> tables() {
        return tables;
    }

    public Optional<Table> table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }

    /** Every table with only the rows in force on that day. */
    public List<Table> tablesOn(LocalDate day) {
        return tables.stream()
                .map(table -> new Table(
                        table.id(),
                        table.title(),
                        table.section(),
                        table.rules().stream()
                                .filter(rule -> rule.isEffectiveOn(day))
                                .toList()))
                .toList();
    }
}
