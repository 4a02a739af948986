package vn.danvan.rulebook;

import java.util.List;

/**
 * A table of the rule book, contributed by the module that applies its rules: a Spring bean implementing this
 * interface, built from the module's own rule table in code (an enum, usually) so that the rows shown are the
 * rows applied.
 */
public interface RuleTable {

    /** A stable id, {@code <module>.<what>}: {@code petition.deadlines}. */
    String id();

    /** The table's Vietnamese title. */
    String title();

    /** Where the law behind the table is summarised: {@code docs/law/rules.md A2}. */
    String section();

    /** The rows, in the table's own order. */
    List<LegalRule> rules();

    /** A table of fixed rows. */
    static RuleTable of(String id, String title, String section, List<LegalRule> rules) {
        List<LegalRule> rows = List.copyOf(rules);
        return new RuleTable() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public String section() {
                return section;
            }

            @Override
            public List<LegalRule> rules() {
                return rows;
            }
        };
    }
}
