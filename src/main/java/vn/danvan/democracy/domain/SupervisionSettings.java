package vn.danvan.democracy.domain;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.danvan.calendar.DayCount;

/**
 * @param answerDays the period for answering a recommendation of a board or of the Front's supervision, which the
 *     law leaves open (Luật MTTQ 2015 Đ.29): 30 by default
 * @param answerCount how those days are counted: calendar days by default
 * @param ratingCriteria what citizens rate each year (Luật THDCCS 2022 Đ.34(1) names the right, not the
 *     criteria): a year's rating keeps the list it was opened with
 * @param ratingsPerAddressPerHour ratings one network address may send in an hour
 */
@ConfigurationProperties("danvan.democracy.oversight")
public record SupervisionSettings(
        int answerDays, DayCount answerCount, List<String> ratingCriteria, int ratingsPerAddressPerHour) {

    /** Default criteria: the four pillars of the law and the service of officials (Đ.11, 15, 25, 30, 34). */
    public static final List<String> DEFAULT_CRITERIA = List.of(
            "Công khai, minh bạch thông tin của chính quyền xã (Đ.11)",
            "Tạo điều kiện để Nhân dân bàn và quyết định (Đ.15)",
            "Lấy ý kiến Nhân dân trước khi quyết định (Đ.25)",
            "Tiếp thu, giải quyết kiến nghị, phản ánh của Nhân dân (Đ.30)",
            "Thái độ, tinh thần phục vụ của cán bộ, công chức xã (Đ.34)");

    public SupervisionSettings {
        answerDays = answerDays <= 0 ? SupervisionRule.RECOMMENDATION_ANSWER.number() : answerDays;
        answerCount = answerCount == null ? DayCount.CALENDAR_DAYS : answerCount;
        ratingCriteria =
                ratingCriteria == null || ratingCriteria.isEmpty() ? DEFAULT_CRITERIA : List.copyOf(ratingCriteria);
        ratingsPerAddressPerHour = ratingsPerAddressPerHour <= 0 ? 20 : ratingsPerAddressPerHour;
    }
}
