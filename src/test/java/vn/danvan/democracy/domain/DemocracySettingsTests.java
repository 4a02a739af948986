package vn.danvan.democracy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.danvan.calendar.DayCount;
import vn.danvan.democracy.DisclosureCategory;

/** A sector's publication period is configured per category; the rest keep Đ.12(3)'s five working days. */
class DemocracySettingsTests {

    @Test
    void aCategorysPublicationPeriodIsReadFromTheConfiguration() {
        var source = new MapConfigurationPropertySource(Map.of(
                "danvan.democracy.publication.BUDGET.days", "30",
                "danvan.democracy.publication.BUDGET.count", "CALENDAR_DAYS",
                "danvan.democracy.publication.fees.days", "3"));
        DemocracySettings settings = new Binder(source)
                .bind("danvan.democracy", DemocracySettings.class)
                .get();
        var rules = new PublicationRules(settings.publication(), day -> true);
        assertThat(rules.rule(DisclosureCategory.BUDGET))
                .isEqualTo(new PublicationRules.Rule(30, DayCount.CALENDAR_DAYS));
        assertThat(rules.rule(DisclosureCategory.FEES)).isEqualTo(new PublicationRules.Rule(3, DayCount.WORKING_DAYS));
        assertThat(rules.rule(DisclosureCategory.SOCIAL_SUPPORT)).isEqualTo(PublicationRules.DEFAULT);
        assertThat(settings.maxDocumentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.followsPerAddressPerHour()).isEqualTo(10);
    }
}
