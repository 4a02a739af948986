package vn.danvan.programme.domain;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.rulebook.LegalRule;
import vn.danvan.rulebook.RuleTable;

/** The campaign schedule over the working calendar, and {@link CampaignRule}'s rows in the rule book. */
@Configuration(proxyBeanMethods = false)
class CampaignRulesConfiguration {

    static final String TABLE = "programme.campaigns";

    @Bean
    CampaignSchedule campaignSchedule(WorkingCalendar calendar) {
        return new CampaignSchedule(calendar::isWorkingDay);
    }

    @Bean
    RuleTable campaignRules() {
        return RuleTable.of(
                TABLE,
                "Vận động, tiếp nhận, phân phối và công khai đóng góp tự nguyện",
                "docs/law/rules.md A1 row 13",
                Arrays.stream(CampaignRule.values())
                        .map(rule -> new LegalRule(
                                TABLE,
                                rule.name(),
                                rule.title(),
                                rule.value(),
                                rule.dayType(),
                                CampaignRule.IN_FORCE,
                                null,
                                rule.source(),
                                rule.configurable()))
                        .toList());
    }
}
