package vn.danvan.democracy.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The values of the consultation rules the law leaves open, and the limits that keep the comment forms from abuse.
 *
 * @param minimumDays the shortest a draft stays open, in calendar days: the Luật THDCCS 2022 sets none, 15 follows
 *     the lead time Luật MTTQ 2015 Đ.36 gives the Front for a draft [K, configurable]
 * @param replyDays the days after the Front's document of criticism by which the drafting body is to reply: Luật MTTQ
 *     2015 Đ.36 asks for a written reply and sets no period [K, configurable]
 * @param commentsPerAddressPerHour comments one network address may send in an hour
 * @param commentsPerAccountPerHour comments one citizen account may send in an hour
 */
@ConfigurationProperties("danvan.consultation")
public record ConsultationSettings(
        int minimumDays, int replyDays, int commentsPerAddressPerHour, int commentsPerAccountPerHour) {

    public ConsultationSettings {
        minimumDays = minimumDays <= 0 ? 15 : minimumDays;
        replyDays = replyDays <= 0 ? 30 : replyDays;
        commentsPerAddressPerHour = commentsPerAddressPerHour <= 0 ? 30 : commentsPerAddressPerHour;
        commentsPerAccountPerHour = commentsPerAccountPerHour <= 0 ? 10 : commentsPerAccountPerHour;
    }
}
