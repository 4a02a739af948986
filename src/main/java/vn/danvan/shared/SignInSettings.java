package vn.danvan.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param failuresPerAccount wrong passwords for one sign-in name within {@code window} before it must wait
 *        (four times as many within a day before it waits hours)
 * @param failuresPerAddress wrong passwords from one network address within {@code window} before it must wait,
 *        whatever names it tries (four times as many within a day)
 * @param window the period of the first limit; its failures come back one by one over it
 */
@ConfigurationProperties("danvan.sign-in")
public record SignInSettings(int failuresPerAccount, int failuresPerAddress, Duration window) {

    public SignInSettings {
        failuresPerAccount = failuresPerAccount <= 0 ? 5 : failuresPerAccount;
        failuresPerAddress = failuresPerAddress <= 0 ? 20 : failuresPerAddress;
        window = window == null || window.isZero() || window.isNegative() ? Duration.ofMinutes(15) : window;
    }
}
