package vn.danvan.petition.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.calendar.DayCount;
import vn.danvan.petition.FilingGround;
import vn.danvan.petition.GroupRepresentation;
import vn.danvan.petition.PetitionType;
import vn.danvan.rulebook.LegalRule;
import vn.danvan.rulebook.RuleTable;

/**
 * The petition module's rule tables in the rule book, read from the tables the module applies: the deadline table
 * {@link DeadlineRule} (docs/law/rules.md A1), the limits on representatives {@link GroupRepresentation} (A3) and the
 * grounds for filing or not accepting {@link FilingGround} (A4).
 */
@Configuration(proxyBeanMethods = false)
public class PetitionRuleTables {

    public static final String DEADLINES = "petition.deadlines";
    public static final String REPRESENTATIVES = "petition.group-representatives";
    public static final String FILING_GROUNDS = "petition.filing-grounds";

    private static final Map<DeadlineRule.Step, String> STEPS = new EnumMap<>(Map.of(
            DeadlineRule.Step.PROCESSING, "Xử lý ban đầu, thụ lý",
            DeadlineRule.Step.RE_DENUNCIATION_REVIEW, "Xem xét tố cáo tiếp",
            DeadlineRule.Step.RESOLUTION_FIRST, "Giải quyết (lần đầu)",
            DeadlineRule.Step.RESOLUTION_SECOND, "Giải quyết lần hai",
            DeadlineRule.Step.EXTENSION, "Gia hạn giải quyết"));

    private static final Map<PetitionType, String> TYPES = new EnumMap<>(Map.of(
            PetitionType.COMPLAINT, "khiếu nại",
            PetitionType.DENUNCIATION, "tố cáo",
            PetitionType.RECOMMENDATION, "kiến nghị",
            PetitionType.FEEDBACK, "phản ánh"));

    /** Each filing ground's Vietnamese title and legal source; a ground added without one shows its name. */
    static final Map<FilingGround, String[]> GROUNDS = new EnumMap<>(FilingGround.class);

    static {
        ground(FilingGround.DUPLICATE, "Đơn trùng nội dung đã được xử lý", "TT 05/2021/TT-TTCP [K]");
        ground(
                FilingGround.ANONYMOUS,
                "Đơn nặc danh, mạo danh, không rõ người viết",
                "Luật Tố cáo 2018 Đ.25; TT 05/2021/TT-TTCP");
        ground(
                FilingGround.ALREADY_GUIDED,
                "Đã được hướng dẫn nhưng vẫn gửi đến cơ quan không có thẩm quyền",
                "Luật Tố cáo 2018 Đ.24(3)");
        ground(
                FilingGround.SENT_TO_COMPETENT_BODY_TOO,
                "Tố cáo gửi đồng thời nhiều nơi, trong đó có cơ quan có thẩm quyền",
                "Luật Tố cáo 2018 Đ.24(3)");
        ground(
                FilingGround.INTERNAL_OR_NORMATIVE_ACT,
                "Khiếu nại quyết định hành chính nội bộ, văn bản quy phạm pháp luật, bí mật nhà nước",
                "Luật Khiếu nại 2011 Đ.11(1)");
        ground(
                FilingGround.NO_DIRECT_INTEREST,
                "Không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại",
                "Luật Khiếu nại 2011 Đ.11(2)");
        ground(
                FilingGround.NO_LEGAL_CAPACITY,
                "Không có năng lực hành vi dân sự, không có người đại diện hợp pháp",
                "Luật Khiếu nại 2011 Đ.11(3); Luật Tố cáo 2018 Đ.29(1)(b)");
        ground(FilingGround.ILLEGAL_REPRESENTATIVE, "Người đại diện không hợp pháp", "Luật Khiếu nại 2011 Đ.11(4)");
        ground(
                FilingGround.NOT_SIGNED,
                "Đơn không có chữ ký hoặc điểm chỉ",
                "Luật Khiếu nại 2011 Đ.11(5); Luật Tố cáo 2018 Đ.23");
        ground(
                FilingGround.TIME_BARRED,
                "Hết thời hiệu mà không có lý do chính đáng",
                "Luật Khiếu nại 2011 Đ.11(6), Đ.9");
        ground(
                FilingGround.SECOND_INSTANCE_DECIDED,
                "Đã có quyết định giải quyết khiếu nại lần hai",
                "Luật Khiếu nại 2011 Đ.11(7)");
        ground(
                FilingGround.SUSPENDED_NOT_CONTINUED,
                "Tạm đình chỉ, quá 30 ngày không tiếp tục khiếu nại",
                "Luật Khiếu nại 2011 Đ.11(8)");
        ground(
                FilingGround.COURT_SEIZED,
                "Tòa án đã thụ lý hoặc đã có bản án, quyết định",
                "Luật Khiếu nại 2011 Đ.11(9)");
        ground(
                FilingGround.NO_IDENTIFIABLE_VIOLATION,
                "Nội dung tố cáo không rõ người, hành vi vi phạm",
                "Luật Tố cáo 2018 Đ.29(1)(d)");
        ground(
                FilingGround.SECOND_COMPLAINT_OUT_OF_TIME,
                "Khiếu nại lần hai quá thời hạn 30 ngày (vùng sâu, vùng xa 45 ngày)",
                "Luật Khiếu nại 2011 Đ.33, Đ.50");
        ground(
                FilingGround.WITHDRAWN_CONTENT,
                "Nội dung đã rút khiếu nại, không do bị ép buộc",
                "Luật Khiếu nại 2011 Đ.10, sửa đổi bởi Luật 136/2025/QH15");
        ground(
                FilingGround.UNVERIFIED_DENOUNCER,
                "Không xác định được người tố cáo hoặc mạo danh người khác",
                "Luật Tố cáo 2018 Đ.25");
    }

    private static void ground(FilingGround ground, String title, String source) {
        GROUNDS.put(ground, new String[] {title, source});
    }

    @Bean
    RuleTable petitionDeadlines() {
        return RuleTable.of(
                DEADLINES,
                "Thời hạn xử lý, thụ lý, giải quyết đơn",
                "docs/law/rules.md A1",
                Arrays.stream(DeadlineRule.values())
                        .map(PetitionRuleTables::row)
                        .toList());
    }

    @Bean
    RuleTable petitionGroupRepresentatives() {
        return RuleTable.of(
                REPRESENTATIVES,
                "Nhiều người cùng nội dung: người đại diện",
                "docs/law/rules.md A3",
                List.of(
                        representatives(
                                "GROUP_THRESHOLD",
                                "Đoàn đông người (thống kê): số người tối thiểu cùng một nội dung",
                                GroupRepresentation.GROUP_THRESHOLD + " người",
                                "Luật Tiếp công dân 2013 Đ.29; biểu mẫu TTCP [K]",
                                true),
                        representatives(
                                "SMALL_GROUP",
                                "Từ 5 đến " + GroupRepresentation.SMALL_GROUP_MAX_PEOPLE + " người: số người đại diện",
                                "1–" + GroupRepresentation.SMALL_GROUP_MAX_REPRESENTATIVES + " người",
                                "Luật Tiếp công dân 2013 Đ.29; NĐ 124/2020/NĐ-CP Đ.7a sửa đổi bởi NĐ 155/2026/NĐ-CP",
                                false),
                        representatives(
                                "LARGE_GROUP",
                                "Trên " + GroupRepresentation.SMALL_GROUP_MAX_PEOPLE + " người: số người đại diện",
                                "1–" + GroupRepresentation.LARGE_GROUP_MAX_REPRESENTATIVES + " người",
                                "Luật Tiếp công dân 2013 Đ.29; NĐ 124/2020/NĐ-CP Đ.7a sửa đổi bởi NĐ 155/2026/NĐ-CP",
                                false),
                        representatives(
                                "APPOINTED_IN_WRITING",
                                "Người đại diện được cử bằng văn bản, là người trong số những người khiếu nại, tố cáo,"
                                        + " kiến nghị, phản ánh",
                                "Bắt buộc",
                                "Luật Tiếp công dân 2013 Đ.29; NĐ 154/2026/NĐ-CP Đ.14(3)",
                                false),
                        representatives(
                                "GROUP_COMPLAINT_ACCEPTANCE",
                                "Khiếu nại nhiều người: chỉ thụ lý khi đơn có đủ chữ ký và văn bản cử người đại diện",
                                "Bắt buộc",
                                "NĐ 124/2020/NĐ-CP Đ.7a, Đ.16(1) sửa đổi bởi NĐ 155/2026/NĐ-CP",
                                false)));
    }

    @Bean
    RuleTable petitionFilingGrounds() {
        return RuleTable.of(
                FILING_GROUNDS,
                "Căn cứ lưu đơn, không thụ lý",
                "docs/law/rules.md A4",
                Arrays.stream(FilingGround.values())
                        .map(ground -> {
                            String[] described = GROUNDS.getOrDefault(ground, new String[] {ground.name(), "—"});
                            String types = Arrays.stream(PetitionType.values())
                                    .filter(ground::appliesTo)
                                    .map(type -> TYPES.getOrDefault(type, type.name()))
                                    .collect(Collectors.joining(", "));
                            return new LegalRule(
                                    FILING_GROUNDS,
                                    ground.name(),
                                    described[0],
                                    "Áp dụng cho: " + types,
                                    null,
                                    null,
                                    null,
                                    described[1],
                                    described[1].contains("[K]"));
                        })
                        .toList());
    }

    static LegalRule row(DeadlineRule rule) {
        String types = rule.types().stream()
                .sorted()
                .map(type -> TYPES.getOrDefault(type, type.name()))
                .collect(Collectors.joining(", "));
        return new LegalRule(
                DEADLINES,
                rule.name(),
                STEPS.getOrDefault(rule.step(), rule.step().name()) + " — " + types,
                value(rule),
                rule.dayCount(),
                rule.effectiveFrom(),
                rule.effectiveTo(),
                rule.source(),
                rule.configurable());
    }

    /** "30 ngày; phức tạp 45; vùng sâu, vùng xa 45, phức tạp 60", as the law writes the periods. */
    static String value(DeadlineRule rule) {
        String unit = rule.dayCount() == DayCount.WORKING_DAYS ? " ngày làm việc" : " ngày";
        int plain = rule.days(false, false);
        int complex = rule.days(false, true);
        int remote = rule.days(true, false);
        int remoteComplex = rule.days(true, true);
        StringBuilder value = new StringBuilder().append(plain).append(unit);
        if (complex != plain) {
            value.append("; phức tạp ").append(complex);
        }
        if (remote != plain || remoteComplex != complex) {
            value.append("; vùng sâu, vùng xa ").append(remote);
            if (remoteComplex != remote) {
                value.append(", phức tạp ").append(remoteComplex);
            }
        }
        return value.toString();
    }

    private static LegalRule representatives(
            String key, String title, String value, String source, boolean configurable) {
        return new LegalRule(REPRESENTATIVES, key, title, value, null, null, null, source, configurable);
    }
}
