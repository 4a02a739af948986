package vn.danvan.reception.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.calendar.DayCount;
import vn.danvan.reception.HeadPosition;
import vn.danvan.reception.RefusalGround;
import vn.danvan.rulebook.LegalRule;
import vn.danvan.rulebook.RuleTable;

/**
 * The reception module's rule tables in the rule book, read from the tables it applies: the frequencies
 * {@link ReceptionFrequency} (docs/law/rules.md A2), the desk's deadlines {@link ReceptionDeadline} (A1 row 2, A4)
 * and the refusal grounds {@link RefusalGround} (A4).
 */
@Configuration(proxyBeanMethods = false)
public class ReceptionRuleTables {

    public static final String FREQUENCIES = "reception.frequencies";
    public static final String DEADLINES = "reception.deadlines";
    public static final String REFUSAL_GROUNDS = "reception.refusal-grounds";

    private static final Map<HeadPosition, String> POSITIONS = new EnumMap<>(Map.of(
            HeadPosition.PROVINCE_PEOPLES_COMMITTEE_CHAIR, "Chủ tịch UBND cấp tỉnh",
            HeadPosition.COMMUNE_PEOPLES_COMMITTEE_CHAIR, "Chủ tịch UBND cấp xã",
            HeadPosition.AGENCY_HEAD, "Thủ trưởng cơ quan hành chính (sở, ban, ngành)",
            HeadPosition.PUBLIC_SERVICE_UNIT_HEAD, "Người đứng đầu đơn vị sự nghiệp công lập",
            HeadPosition.PROVINCE_PARTY_SECRETARY, "Bí thư cấp ủy cấp tỉnh",
            HeadPosition.COMMUNE_PARTY_SECRETARY, "Bí thư cấp ủy cấp xã"));

    private static final Map<ReceptionDeadline, String> DEADLINE_TITLES = new EnumMap<>(Map.of(
            ReceptionDeadline.ANSWER_TO_PERSON_RECEIVED,
            "Trả lời người được tiếp: thụ lý / cần thêm thời gian / không thụ lý / chuyển đơn",
            ReceptionDeadline.REFUSAL_NOTICE,
            "Thông báo từ chối tiếp công dân bằng văn bản (Mẫu 01/TCD), kể từ ngày có đủ căn cứ"));

    private static final Map<RefusalGround, String> GROUND_TITLES = new EnumMap<>(RefusalGround.class);

    static {
        GROUND_TITLES.putAll(Map.of(
                RefusalGround.INCAPACITATED,
                "Say do dùng chất kích thích, mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức",
                RefusalGround.THREATENING_OR_DISRUPTIVE,
                "Đe dọa, xúc phạm cơ quan, người tiếp công dân, vi phạm nội quy nơi tiếp công dân",
                RefusalGround.ALREADY_RESOLVED_PERSISTING,
                "Vụ việc đã giải quyết đúng, đã rà soát, thông báo bằng văn bản, đã được tiếp, giải thích nhưng vẫn cố tình"
                        + " khiếu nại, tố cáo kéo dài",
                RefusalGround.OTHER_LEGAL_CASE,
                "Trường hợp khác theo quy định của pháp luật",
                RefusalGround.ALREADY_ANSWERED_NO_NEW_FACTS,
                "Kiến nghị, phản ánh đã được tiếp, hướng dẫn, trả lời bằng văn bản đúng quy định, không có nội dung, tình"
                        + " tiết mới"));
        GROUND_TITLES.putAll(Map.of(
                RefusalGround.CARRYING_WEAPONS,
                "Mang theo vũ khí, vật liệu nổ, công cụ hỗ trợ, chất nguy hiểm mà không gửi, giao nộp theo yêu cầu",
                RefusalGround.REFUSING_SECURITY_CHECK,
                "Không chấp hành việc kiểm tra an ninh",
                RefusalGround.RECORDING_AGAINST_REQUEST,
                "Tự ý ghi âm, ghi hình, phát trực tiếp khi người chủ trì đã yêu cầu không, hoặc gây ảnh hưởng an ninh,"
                        + " trật tự",
                RefusalGround.INCITING_DISORDER,
                "Kích động, lôi kéo, gây rối trật tự công cộng tại nơi tiếp công dân",
                RefusalGround.NO_CAPACITY_NO_REPRESENTATIVE,
                "Không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp",
                RefusalGround.REPRESENTATIVE_WITHOUT_PROOF,
                "Người đại diện, người được ủy quyền không xuất trình được giấy tờ chứng minh tư cách",
                RefusalGround.OUTSIDE_PETITION_SCOPE,
                "Nội dung không thuộc phạm vi khiếu nại, tố cáo, kiến nghị, phản ánh",
                RefusalGround.FINAL_COURT_JUDGMENT,
                "Vụ việc đã có bản án, quyết định của Tòa án có hiệu lực, không thuộc trường hợp được xem xét lại",
                RefusalGround.HANDLED_ELSEWHERE,
                "Vụ việc đang được cơ quan, tổ chức, đơn vị có thẩm quyền khác thụ lý, giải quyết"));
    }

    @Bean
    RuleTable receptionFrequencies() {
        return RuleTable.of(
                FREQUENCIES,
                "Tần suất tiếp công dân định kỳ của người đứng đầu",
                "docs/law/rules.md A2",
                Arrays.stream(ReceptionFrequency.values())
                        .map(ReceptionRuleTables::row)
                        .toList());
    }

    @Bean
    RuleTable receptionDeadlines() {
        return RuleTable.of(
                DEADLINES,
                "Thời hạn tại nơi tiếp công dân",
                "docs/law/rules.md A1",
                Arrays.stream(ReceptionDeadline.values())
                        .map(ReceptionRuleTables::row)
                        .toList());
    }

    @Bean
    RuleTable receptionRefusalGrounds() {
        return RuleTable.of(
                REFUSAL_GROUNDS,
                "Các trường hợp từ chối tiếp công dân",
                "docs/law/rules.md A4",
                Arrays.stream(RefusalGround.values())
                        .map(ReceptionRuleTables::row)
                        .toList());
    }

    static LegalRule row(ReceptionFrequency rule) {
        String period = rule.period() == ReceptionFrequency.Period.WEEK ? "tuần" : "tháng";
        return new LegalRule(
                FREQUENCIES,
                rule.name(),
                POSITIONS.getOrDefault(rule.position(), rule.position().name()),
                "Ít nhất " + rule.minDays() + " ngày/" + period + "; "
                        + (rule.mayDelegate() ? "được phân công cấp phó tiếp thay" : "không ủy quyền cấp phó"),
                null,
                rule.effectiveFrom(),
                rule.effectiveUntil(),
                rule.source(),
                rule.configurable());
    }

    static LegalRule row(ReceptionDeadline rule) {
        return new LegalRule(
                DEADLINES,
                rule.name(),
                DEADLINE_TITLES.getOrDefault(rule, rule.name()),
                rule.days() + (rule.dayCount() == DayCount.WORKING_DAYS ? " ngày làm việc" : " ngày"),
                rule.dayCount(),
                rule.effectiveFrom(),
                null,
                rule.source(),
                false);
    }

    static LegalRule row(RefusalGround ground) {
        return new LegalRule(
                REFUSAL_GROUNDS,
                ground.name(),
                GROUND_TITLES.getOrDefault(ground, ground.name()),
                ground.writtenNotice()
                        ? "Thông báo bằng văn bản (Mẫu 01/TCD) trong 03 ngày làm việc, từ 01/7/2026"
                        : "Giải thích trực tiếp cho công dân lý do từ chối",
                null,
                ground.effectiveFrom(),
                null,
                ground.source(),
                false);
    }
}
