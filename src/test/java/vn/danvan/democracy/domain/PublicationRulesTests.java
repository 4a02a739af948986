package vn.danvan.democracy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danvan.calendar.DayCount;
import vn.danvan.democracy.DisclosureCategory;
import vn.danvan.democracy.PublicationForm;
import vn.danvan.shared.DomainException;

/**
 * Publication due dates (Luật THDCCS 2022 Đ.12(3): 5 working days after the document unless a sector rule says
 * otherwise) over a stub calendar holding Tết 2027 as the calendar module computes it: 5–9 February off, and 10–11
 * February in place of the Saturday and Sunday inside Tết. Every date counted by hand.
 */
class PublicationRulesTests {

    static final Set<LocalDate> TET_2027 = Set.of(
            date(2027, 2, 5),
            date(2027, 2, 6),
            date(2027, 2, 7),
            date(2027, 2, 8),
            date(2027, 2, 9),
            date(2027, 2, 10),
            date(2027, 2, 11));

    static final PublicationRules.WorkingDays STUB = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY
            && !TET_2027.contains(day);

    final PublicationRules rules = new PublicationRules(
            Map.of(DisclosureCategory.BUDGET, new PublicationRules.Rule(30, DayCount.CALENDAR_DAYS)), STUB);

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void aDocumentOfAnOrdinaryMondayIsDueTheNextMonday() {
        // Tue 2 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4), Mon 8 (5).
        assertThat(rules.dueOn(DisclosureCategory.SOCIAL_SUPPORT, date(2027, 3, 1)))
                .isEqualTo(date(2027, 3, 8));
    }

    @Test
    void aDocumentOfTheWednesdayBeforeTetIsDueTheWednesdayAfter() {
        // Thu 4 (1); 5–11 Tết and its compensatory days; Fri 12 (2), Mon 15 (3), Tue 16 (4), Wed 17 (5).
        assertThat(rules.dueOn(DisclosureCategory.SOCIO_ECONOMIC_PLAN, date(2027, 2, 3)))
                .isEqualTo(date(2027, 2, 17));
    }

    @Test
    void aDocumentOfTheLastWorkingDayBeforeTetIsDueTheThursdayAfter() {
        // Fri 12 (1), Mon 15 (2), Tue 16 (3), Wed 17 (4), Thu 18 (5).
        assertThat(rules.dueOn(DisclosureCategory.MILITARY_SERVICE, date(2027, 2, 4)))
                .isEqualTo(date(2027, 2, 18));
    }

    @Test
    void aReliefDecisionSignedDuringTetCountsFromTheFirstWorkingDayAfter() {
        // Signed on Mon 8 Feb (Tết): Fri 12 (1), Mon 15 (2), Tue 16 (3), Wed 17 (4), Thu 18 (5).
        assertThat(rules.dueOn(DisclosureCategory.DISASTER_RELIEF, date(2027, 2, 8)))
                .isEqualTo(date(2027, 2, 18));
    }

    @Test
    void aConfiguredCalendarDayRuleEndingInTetMovesToTheFirstWorkingDayAfter() {
        // 30 days after 11 January is Wed 10 February, a compensatory day; 11 February too: Friday 12.
        assertThat(rules.rule(DisclosureCategory.BUDGET))
                .isEqualTo(new PublicationRules.Rule(30, DayCount.CALENDAR_DAYS));
        assertThat(rules.dueOn(DisclosureCategory.BUDGET, date(2027, 1, 11))).isEqualTo(date(2027, 2, 12));
    }

    @Test
    void everyCategoryWithoutASectorRuleKeepsFiveWorkingDays() {
        for (DisclosureCategory category : DisclosureCategory.values()) {
            if (category != DisclosureCategory.BUDGET) {
                assertThat(rules.rule(category)).as(category.name()).isEqualTo(PublicationRules.DEFAULT);
            }
        }
        assertThat(PublicationRules.DEFAULT).isEqualTo(new PublicationRules.Rule(5, DayCount.WORKING_DAYS));
        assertThat(DisclosureCategory.values()).hasSize(14);
        assertThat(DisclosureCategory.OTHER.source()).isEqualTo("Luật THDCCS 2022 Đ.11(14)");
    }

    static Disclosure item(LocalDate documentDate, LocalDate dueOn, LocalDate publishedOn) {
        return new Disclosure(
                1,
                1,
                "46",
                "19789",
                DisclosureCategory.FEES,
                "Mức thu phí chợ",
                null,
                null,
                documentDate,
                dueOn,
                publishedOn,
                publishedOn == null ? List.of() : List.of(PublicationForm.PORTAL),
                0);
    }

    @Test
    void anItemIsOnTimeLateOverdueOrPendingAgainstItsDueDate() {
        LocalDate document = date(2027, 2, 3);
        LocalDate due = date(2027, 2, 17);
        assertThat(item(document, due, due).status(date(2027, 3, 1))).isEqualTo(DisclosureStatus.ON_TIME);
        assertThat(item(document, due, date(2027, 2, 18)).status(date(2027, 3, 1)))
                .isEqualTo(DisclosureStatus.LATE);
        assertThat(item(document, due, null).status(due)).isEqualTo(DisclosureStatus.PENDING);
        assertThat(item(document, due, null).status(date(2027, 2, 18))).isEqualTo(DisclosureStatus.OVERDUE);
        assertThat(item(document, due, null).overdue(date(2027, 2, 18))).isTrue();
    }

    @Test
    void aPublicationMustBeBetweenTheDocumentAndTodayByAtLeastOneFormAndOnlyOnce() {
        Disclosure open = item(date(2027, 2, 3), date(2027, 2, 17), null);
        LocalDate today = date(2027, 2, 15);
        assertThatThrownBy(() -> open.checkPublication(date(2027, 2, 16), List.of(PublicationForm.PORTAL), today))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("democracy.published-in-future");
        assertThatThrownBy(() -> open.checkPublication(date(2027, 2, 2), List.of(PublicationForm.PORTAL), today))
                .hasMessageContaining("democracy.published-before-document");
        assertThatThrownBy(() -> open.checkPublication(today, List.of(), today))
                .hasMessageContaining("democracy.form-required");
        Disclosure done = item(date(2027, 2, 3), date(2027, 2, 17), today);
        assertThatThrownBy(() -> done.checkPublication(today, List.of(PublicationForm.PORTAL), today))
                .hasMessageContaining("democracy.already-published");
    }
}
