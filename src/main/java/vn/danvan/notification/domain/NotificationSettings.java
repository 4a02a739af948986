package vn.danvan.notification.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender address of e-mails
 * @param baseUrl the application's public address, for links in messages
 * @param retryDelay the wait after a first failed attempt; it doubles with each further one
 * @param maxAttempts attempts before a message is marked FAILED
 * @param batchSize messages one dispatcher run claims
 */
@ConfigurationProperties("danvan.notification")
record NotificationSettings(String from, String baseUrl, Duration retryDelay, int maxAttempts, int batchSize) {

    NotificationSettings {
        from = from == null || from.isBlank() ? "danvan@localhost" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceFirst("/+$", "");
        retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        batchSize = batchSize <= 0 ? 50 : batchSize;
    }
}
