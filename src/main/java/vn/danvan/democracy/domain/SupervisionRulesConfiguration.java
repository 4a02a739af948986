package vn.danvan.democracy.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.rulebook.RuleTable;

/** The oversight rules over the working calendar, and their rows in the rule book. */
@Configuration(proxyBeanMethods = false)
class SupervisionRulesConfiguration {

    @Bean
    SupervisionRules supervisionRules(SupervisionSettings settings, WorkingCalendar calendar) {
        return new SupervisionRules(calendar, settings.answerDays(), settings.answerCount());
    }

    @Bean
    RuleTable democracyOversightRules(SupervisionRules rules) {
        return RuleTable.of(
                SupervisionRules.TABLE,
                "Kiểm tra, giám sát của Nhân dân và giám sát của Mặt trận",
                "docs/law/rules.md B5",
                rules.rows());
    }
}
