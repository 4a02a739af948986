package vn.danvan.democracy.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.calendar.DayCount;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.rulebook.LegalRule;
import vn.danvan.rulebook.RuleTable;

/** The consultation rules over the working calendar, and their rows in the rule book. */
@Configuration(proxyBeanMethods = false)
class ConsultationRulesConfiguration {

    static final String TABLE = "democracy.consultation";

    /** Luật MTTQ 75/2015/QH13 takes effect. */
    static final LocalDate FRONT_LAW_IN_FORCE = LocalDate.of(2016, 1, 1);

    @Bean
    ConsultationRules consultationRules(ConsultationSettings settings, WorkingCalendar calendar) {
        return new ConsultationRules(settings, calendar::isWorkingDay);
    }

    @Bean
    RuleTable democracyConsultationRules(ConsultationSettings settings) {
        return RuleTable.of(
                TABLE,
                "Lấy ý kiến Nhân dân và phản biện xã hội",
                "docs/law/rules.md B3, B5",
                List.of(
                        new LegalRule(
                                TABLE,
                                "OPEN_AT_LEAST",
                                "Thời gian lấy ý kiến tối thiểu",
                                settings.minimumDays()
                                        + " ngày; ngày cuối là ngày nghỉ thì lùi sang ngày làm việc kế tiếp",
                                DayCount.CALENDAR_DAYS,
                                PublicationRulesConfiguration.LAW_IN_FORCE,
                                null,
                                "Luật THDCCS 2022 Đ.25–29 (không quy định số ngày); Bộ luật Dân sự 2015 Đ.147, 148(5)",
                                true),
                        new LegalRule(
                                TABLE,
                                "FRONT_LEAD",
                                "Gửi dự thảo để Mặt trận phản biện",
                                "chậm nhất " + ConsultationRules.FRONT_LEAD_DAYS + " ngày trước khi trình",
                                DayCount.CALENDAR_DAYS,
                                FRONT_LAW_IN_FORCE,
                                null,
                                "Luật MTTQ 2015 Đ.36",
                                false),
                        new LegalRule(
                                TABLE,
                                "CRITICISM_REPLY",
                                "Trả lời bằng văn bản kiến nghị phản biện",
                                settings.replyDays() + " ngày kể từ ngày văn bản phản biện",
                                DayCount.CALENDAR_DAYS,
                                FRONT_LAW_IN_FORCE,
                                null,
                                "Luật MTTQ 2015 Đ.36; NQLT 403/2017 (không quy định số ngày)",
                                true)));
    }
}
