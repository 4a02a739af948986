package vn.danvan.portal.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param submissionsPerIpPerHour online submissions accepted from one address in an hour
 * @param submissionsPerClientPerHour submissions accepted from one API client (Open311) in an hour
 * @param submissionsPerContactPerDay online submissions accepted for one e-mail address or phone in a day
 * @param reopenWindowDays days after resolution during which the author may reopen a case
 * @param maxFiles photos and documents accepted with one submission
 * @param consentVersion the version of the personal-data notice a citizen consents to
 * @param intakeWriters threads that write API submissions in batches, each with a database connection while it writes
 *        (default: one per processor, 2 to 8; more writers make smaller batches — on 2 cores 2 wrote 1,885 a second, 4 wrote 1,500)
 * @param intakeBatch most API submissions written in one transaction
 * @param lookupsPerMinute tracking codes one network address may look up in a minute, on the portal and through
 *        Open311 together (each code of a multi-code request counts)
 */
@ConfigurationProperties("danvan.portal")
public record PortalSettings(
        int submissionsPerIpPerHour,
        int submissionsPerClientPerHour,
        int submissionsPerContactPerDay,
        int reopenWindowDays,
        int maxFiles,
        String consentVersion,
        int intakeWriters,
        int intakeBatch,
        int lookupsPerMinute) {

    public PortalSettings {
        submissionsPerIpPerHour = submissionsPerIpPerHour <= 0 ? 20 : submissionsPerIpPerHour;
        submissionsPerClientPerHour = submissionsPerClientPerHour <= 0 ? 2000 : submissionsPerClientPerHour;
        submissionsPerContactPerDay = submissionsPerContactPerDay <= 0 ? 5 : submissionsPerContactPerDay;
        reopenWindowDays = reopenWindowDays <= 0 ? 30 : reopenWindowDays;
        maxFiles = maxFiles <= 0 ? 5 : maxFiles;
        intakeWriters =
                intakeWriters <= 0 ? Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 8) : intakeWriters;
        intakeBatch = intakeBatch <= 0 ? 50 : intakeBatch;
        lookupsPerMinute = lookupsPerMinute <= 0 ? 30 : lookupsPerMinute;
        consentVersion = consentVersion == null || consentVersion.isBlank() ? "2026-01" : consentVersion;
    }
}
