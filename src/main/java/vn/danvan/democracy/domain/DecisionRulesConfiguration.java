package vn.danvan.democracy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.calendar.DayCount;
import vn.danvan.democracy.MatterCategory;
import vn.danvan.rulebook.LegalRule;
import vn.danvan.rulebook.RuleTable;

/** The rows of {@link DecisionRules} and {@link MatterCategory} in the rule book, as applied. */
@Configuration(proxyBeanMethods = false)
class DecisionRulesConfiguration {

    static final String TABLE = "democracy.decisions";

    /** Luật THDCCS 2022 takes effect 1/7/2023 (Đ.91); NĐ 59/2023 on 15/8/2023. */
    static final LocalDate LAW_IN_FORCE = LocalDate.of(2023, 7, 1);

    static final LocalDate DECREE_IN_FORCE = LocalDate.of(2023, 8, 15);

    static List<LegalRule> rows(MessageSource messages) {
        Locale vi = Locale.forLanguageTag("vi");
        List<LegalRule> rows = new ArrayList<>();
        for (MatterCategory category : MatterCategory.values()) {
            String forms = category.forms().stream()
                    .map(form -> messages.getMessage("matter.form." + form.name(), null, vi))
                    .collect(Collectors.joining(", "));
            String threshold = messages.getMessage(
                    "matter.threshold." + category.threshold().name(), null, vi);
            String scope = category.mayBeCommuneWide() && category != MatterCategory.K6
                    ? "; phạm vi cả xã: từ 2/3 số thôn, tổ dân phố"
                    : "";
            rows.add(new LegalRule(
                    TABLE,
                    category.name(),
                    "Dân bàn và quyết định — " + messages.getMessage("matter.category." + category.name(), null, vi),
                    "Hình thức: " + forms + ". Thông qua khi " + threshold + scope,
                    null,
                    LAW_IN_FORCE,
                    null,
                    "Luật THDCCS 2022 Đ.15(" + category.clause() + "), Đ.16–22; NĐ 59/2023 (docs/law/rules.md A6)",
                    false));
        }
        rows.add(new LegalRule(
                TABLE,
                "INITIATIVE",
                "Sáng kiến của Nhân dân đưa ra bàn và quyết định",
                "Từ 10% tổng số hộ gia đình trở lên đề xuất",
                null,
                LAW_IN_FORCE,
                null,
                "Luật THDCCS 2022 (docs/law/rules.md A6)",
                false));
        rows.add(new LegalRule(
                TABLE,
                "ONLINE_AGREEMENT",
                "Điều kiện biểu quyết trực tuyến",
                "Chỉ nội dung khoản 6 Đ.15, khi trên 50% đại diện hộ đồng ý dùng hình thức trực tuyến",
                null,
                DECREE_IN_FORCE,
                null,
                "NĐ 59/2023 (docs/law/rules.md A6)",
                false));
        rows.add(new LegalRule(
                TABLE,
                "MEETING_QUORUM",
                "Cuộc họp cộng đồng dân cư hợp lệ",
                "Trên 50% tổng số hộ gia đình tham dự",
                null,
                DECREE_IN_FORCE,
                null,
                "NĐ 59/2023 (docs/law/rules.md A6; stated for hương ước, applied to every meeting)",
                // The law states the quorum for hương ước meetings; applying it to all meetings is our reading [K].
                true));
        rows.add(new LegalRule(
                TABLE,
                "CLUSTERS",
                "Họp theo cụm",
                "Thôn, tổ dân phố từ " + DecisionRules.CLUSTER_MINIMUM_HOUSEHOLDS + " hộ trở lên",
                null,
                DECREE_IN_FORCE,
                null,
                "NĐ 59/2023 (docs/law/rules.md A6)",
                false));
        rows.add(new LegalRule(
                TABLE,
                "BALLOT_TEAM",
                "Tổ phát phiếu, kiểm phiếu",
                "Từ " + DecisionRules.TEAM_MINIMUM + " đến " + DecisionRules.TEAM_MAXIMUM
                        + " thành viên; mỗi hộ một phiếu",
                null,
                DECREE_IN_FORCE,
                null,
                "NĐ 59/2023 (docs/law/rules.md A6)",
                false));
        rows.add(new LegalRule(
                TABLE,
                "SEND_AND_RECOGNISE",
                "Gửi kết quả và công nhận",
                "Gửi UBND xã, UBMTTQ xã chậm nhất 05 ngày làm việc sau khi biểu quyết; công nhận (hoặc trả lời bằng văn"
                        + " bản) trong 05 ngày làm việc",
                DayCount.WORKING_DAYS,
                LAW_IN_FORCE,
                null,
                "Luật THDCCS 2022 Đ.20(3), Đ.21(2)",
                false));
        return rows;
    }

    @Bean
    RuleTable democracyDecisionRules(MessageSource messages) {
        return RuleTable.of(TABLE, "Nhân dân bàn và quyết định", "docs/law/rules.md A6", rows(messages));
    }
}
