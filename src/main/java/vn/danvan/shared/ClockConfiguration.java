package vn.danvan.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one clock, in Vietnam's zone; a test may put a fixed one in its place. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }

    /**
     * {@code @PastOrPresent} and its kin read this clock too: on a server kept in UTC, a date of today in Vietnam
     * (00:00–07:00 there) would otherwise count as a date in the future.
     */
    @Bean
    ValidationConfigurationCustomizer validationInVietnamTime(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
