package vn.danvan.shared;

import java.time.ZoneId;

/**
 * Vietnam's one time zone (Indochina Time, UTC+7, no daylight saving): every "today" of the law — a deadline, a
 * reception day, a report's period — is a date there, whatever the server's zone. Components take the
 * application's {@link java.time.Clock} (set to this zone) and ask it {@code LocalDate.now(clock)}.
 */
public final class VietnamTime {

    /** For annotations, which need a constant: {@code @Scheduled(cron = "…", zone = VietnamTime.ZONE_ID)}. */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private VietnamTime() {}
}
