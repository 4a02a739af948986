package vn.danvan.democracy.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.calendar.WorkingCalendar;

/** The rule table over the working calendar (holidays, Tết, compensatory days and yearly overrides). */
@Configuration(proxyBeanMethods = false)
class PublicationRulesConfiguration {

    @Bean
    PublicationRules publicationRules(DemocracySettings settings, WorkingCalendar calendar) {
        return new PublicationRules(settings.publication(), calendar::isWorkingDay);
    }
}
