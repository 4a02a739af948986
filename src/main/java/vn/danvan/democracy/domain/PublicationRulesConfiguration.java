package vn.danvan.democracy.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.democracy.DisclosureCategory;
import vn.danvan.rulebook.LegalRule;
import vn.danvan.rulebook.RuleTable;

/**
 * The rule table over the working calendar (holidays, Tết, compensatory days and yearly overrides), and its rows in
 * the rule book, as configured: one per category of Luật THDCCS 2022 Đ.11.
 */
@Configuration(proxyBeanMethods = false)
class PublicationRulesConfiguration {

    static final String TABLE = "democracy.publication";

    /** Luật Thực hiện dân chủ ở cơ sở 2022 takes effect (Đ.91). */
    static final LocalDate LAW_IN_FORCE = LocalDate.of(2023, 7, 1);

    @Bean
    PublicationRules publicationRules(DemocracySettings settings, WorkingCalendar calendar) {
        return new PublicationRules(settings.publication(), calendar::isWorkingDay);
    }

    @Bean
    RuleTable democracyPublicationRules(PublicationRules rules, MessageSource messages) {
        Locale vietnamese = Locale.forLanguageTag("vi");
        return RuleTable.of(
                TABLE,
                "Thời hạn công khai thông tin ở xã",
                "docs/law/rules.md A1 row 12",
                Arrays.stream(DisclosureCategory.values())
                        .map(category -> {
                            PublicationRules.Rule rule = rules.rule(category);
                            return new LegalRule(
                                    TABLE,
                                    category.name(),
                                    "Công khai — "
                                            + messages.getMessage(
                                                    "democracy.category." + category.name(), null, vietnamese),
                                    rule.describeVi() + " kể từ ngày ban hành văn bản",
                                    rule.count(),
                                    LAW_IN_FORCE,
                                    null,
                                    category.source() + "; Luật THDCCS 2022 Đ.12(3)",
                                    // Which categories have a sector rule is not settled (docs/law/rules.md B3).
                                    true);
                        })
                        .toList());
    }
}
