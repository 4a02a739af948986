package vn.danvan.democracy.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.danvan.calendar.DayCount;
import vn.danvan.democracy.DisclosureCategory;

/**
 * The rule table of when an item must be public: unless a sector rule says otherwise, at the latest 5 working days
 * after the document it rests on is issued (Luật THDCCS 2022 Đ.12(3); docs/law/rules.md A1 row 12). A sector rule is
 * configured per category ({@code danvan.democracy.publication.<CATEGORY>.days} and {@code .count}); which
 * categories have one, and its figure, is left to configuration [K]. The document's own day is not counted; a
 * calendar-day period ending on a day off ends on the next working day (Bộ luật Dân sự 2015 Đ.147, 148(5)).
 */
public final class PublicationRules {

    /** A period: so many days, counted as working or calendar days. */
    public record Rule(int days, DayCount count) {

        public Rule {
            if (days < 0) {
                throw new IllegalArgumentException("a publication period is not negative: " + days);
            }
            count = count == null ? DayCount.WORKING_DAYS : count;
        }

        /** "5 ngày làm việc" — the words of the rule, for pages. */
        public String describeVi() {
            return days + (count == DayCount.WORKING_DAYS ? " ngày làm việc" : " ngày");
        }
    }

    /** Luật THDCCS 2022 Đ.12(3): "chậm nhất là 05 ngày làm việc" when no other rule applies. */
    public static final Rule DEFAULT = new Rule(5, DayCount.WORKING_DAYS);

    /** Which days are working days: the calendar module's in the application, a stub in unit tests. */
    @FunctionalInterface
    public interface WorkingDays {
        boolean isWorkingDay(LocalDate day);
    }

    private final Map<DisclosureCategory, Rule> rules;
    private final WorkingDays calendar;

    public PublicationRules(Map<DisclosureCategory, Rule> configured, WorkingDays calendar) {
        Map<DisclosureCategory, Rule> all = new EnumMap<>(DisclosureCategory.class);
        for (DisclosureCategory category : DisclosureCategory.values()) {
            @Nullable Rule own = configured.get(category);
            all.put(category, own == null ? DEFAULT : own);
        }
        this.rules = Map.copyOf(all);
        this.calendar = calendar;
    }

    public Rule rule(DisclosureCategory category) {
        return rules.getOrDefault(category, DEFAULT);
    }

    /** The last day an item of the category resting on a document of {@code documentDate} may be published. */
    public LocalDate dueOn(DisclosureCategory category, LocalDate documentDate) {
        Rule rule = rule(category);
        LocalDate day = documentDate;
        if (rule.count() == DayCount.WORKING_DAYS) {
            int counted = 0;
            while (counted < rule.days()) {
                day = day.plusDays(1);
                if (calendar.isWorkingDay(day)) {
                    counted++;
                }
            }
            return day;
        }
        day = day.plusDays(rule.days());
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
