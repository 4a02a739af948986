package vn.danvan.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.calendar.CalendarOverride;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.calendar.domain.CalendarAdministration;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/** The administrator's page of the working calendar: a year's days off, and its overrides. */
@Controller
@RenderedPages
@RequestMapping("/admin/calendar")
public class CalendarPages {

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;
    private final MessageSource messages;
    private final Clock clock;

    public CalendarPages(
            WorkingCalendar calendar, CalendarAdministration administration, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping
    public String show(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        if (shown < CalendarAdministration.FIRST_YEAR || shown > CalendarAdministration.LAST_YEAR) {
            throw DomainException.invalid(
                    "calendar.day-out-of-range", CalendarAdministration.FIRST_YEAR, CalendarAdministration.LAST_YEAR);
        }
        model.addAttribute("year", shown);
        model.addAttribute("daysOff", calendar.daysOff(shown));
        model.addAttribute("overrides", calendar.overrides(shown));
        model.addAttribute("kinds", CalendarOverride.Kind.values());
        return "calendar/days-off";
    }

    @PostMapping
    public String add(
            @RequestParam(defaultValue = "") String day,
            @RequestParam(required = false) CalendarOverride.@Nullable Kind kind,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String basis,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        LocalDate date = null;
        try {
            date = LocalDate.parse(day.strip());
            administration.addOverride(date, kind, name, basis, AuditTrail.currentActor());
            redirect.addFlashAttribute("notice", "calendar.notice.added");
            return "redirect:/admin/calendar?year=" + date.getYear();
        } catch (DateTimeParseException malformed) {
            return again(
                    new DomainException(org.springframework.http.HttpStatus.BAD_REQUEST, "calendar.day-malformed", day),
                    null,
                    model,
                    response,
                    locale,
                    day,
                    kind,
                    name,
                    basis);
        } catch (DomainException refused) {
            return again(refused, date, model, response, locale, day, kind, name, basis);
        }
    }

    @PostMapping("/remove")
    public String remove(@RequestParam String day, RedirectAttributes redirect) {
        LocalDate date;
        try {
            date = LocalDate.parse(day.strip());
        } catch (DateTimeParseException malformed) {
            throw DomainException.invalid("calendar.day-malformed", day);
        }
        administration.removeOverride(date);
        redirect.addFlashAttribute("notice", "calendar.notice.removed");
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    private String again(
            DomainException refused,
            @Nullable LocalDate date,
            Model model,
            HttpServletResponse response,
            Locale locale,
            String day,
            CalendarOverride.@Nullable Kind kind,
            String name,
            String basis) {
        response.setStatus(refused.status().value());
        model.addAttribute(
                "formError", messages.getMessage(refused.code(), refused.arguments(), refused.code(), locale));
        model.addAttribute("formDay", day);
        model.addAttribute("formKind", kind);
        model.addAttribute("formName", name);
        model.addAttribute("formBasis", basis);
        return show(date == null ? null : date.getYear(), model);
    }
}
