package vn.danvan.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/** The report page: choose a body and a period, read the figures, download them as .xlsx. */
@Controller
@RenderedPages
@RequestMapping("/reports/petitions")
class PetitionHandlingPages {

    /** What the staff member typed, kept as text so a malformed date is a form error, not a failure. */
    record Choice(@Nullable Long body, String from, String to, boolean subordinates) {
    }

    private final PetitionHandlingReports reports;
    private final PetitionHandlingWorkbook workbook;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    PetitionHandlingPages(PetitionHandlingReports reports, PetitionHandlingWorkbook workbook,
            OrganizationDirectory organization, MessageSource messages) {
        this.reports = reports;
        this.workbook = workbook;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String show(@RequestParam(required = false) @Nullable Long body, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "false") boolean subordinates, StaffMember staff, Model model,
            HttpServletResponse response) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Choice choice = new Choice(body == null ? staff.bodyId() : body,
                blank(from) ? today.withDayOfYear(1).toString() : from.strip(),
                blank(to) ? today.toString() : to.strip(), subordinates);
        model.addAttribute("choice", choice);
        model.addAttribute("bodies", organization.bodies().stream().filter(b -> staff.inScope(b.id())).toList());
        try {
            model.addAttribute("report", compile(choice, staff));
        } catch (DomainException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("errorMessage", messages.getMessage(refused.code(), refused.arguments(), refused.code(),
                    LocaleContextHolder.getLocale()));
        }
        return "report/petition-handling";
    }

    /** The workbook; when the choice is refused, the page with its message instead. */
    @GetMapping(path = "/xlsx")
    Object download(@RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "false") boolean subordinates, StaffMember staff, Locale locale, Model model,
            HttpServletResponse response) {
        if (blank(from) || blank(to)) {
            return show(body, from, to, subordinates, staff, model, response);
        }
        PetitionHandlingReport report;
        try {
            report = compile(new Choice(body, from, to, subordinates), staff);
        } catch (DomainException refused) {
            return show(body, from, to, subordinates, staff, model, response);
        }
        return PetitionHandlingApi.xlsx(workbook.write(report, locale), report);
    }

    private PetitionHandlingReport compile(Choice choice, StaffMember staff) {
        return reports.compile(choice.body(), date(choice.from()), date(choice.to()), choice.subordinates(), staff);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("report.period.malformed", text);
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
