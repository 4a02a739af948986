package vn.danvan.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.report.domain.PartySecretaryReport;
import vn.danvan.report.domain.PartySecretaryReports;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulYear;
import vn.danvan.shared.RenderedPages;

/** The QĐ 11 report page of a Party committee's head, and its workbook. */
@Controller
@RenderedPages
@RequestMapping("/reports/qd11")
public class PartySecretaryReportPages {

    /** A line of the report: its key (label), its depth under the line above, its figure. */
    public record Line(String key, int depth, int value) {}

    private final PartySecretaryReports reports;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;

    public PartySecretaryReportPages(
            PartySecretaryReports reports, OrganizationDirectory organization, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.organization = organization;
        this.messages = messages;
    }

    public static List<Line> lines(PartySecretaryReport r) {
        return List.of(
                new Line("RECEPTION_DAYS_REQUIRED", 0, r.receptionDaysRequired()),
                new Line("RECEPTION_DAYS_HELD", 0, r.receptionDaysHeld()),
                new Line("VISITS", 0, r.visits()),
                new Line("PEOPLE", 1, r.people()),
                new Line("DELEGATIONS", 1, r.delegations()),
                new Line("DELEGATION_PEOPLE", 1, r.delegationPeople()),
                new Line("DIALOGUES", 0, r.dialogues()),
                new Line("COMMITMENTS_MADE", 1, r.commitmentsMade()),
                new Line("COMMITMENTS_DONE", 1, r.commitmentsDone()),
                new Line("COMMITMENTS_OVERDUE", 1, r.commitmentsOverdue()),
                new Line("PETITIONS_RECEIVED", 0, r.petitionsReceived()),
                new Line("PETITIONS_DIRECTED", 1, r.petitionsDirected()),
                new Line("PETITIONS_RESOLVED", 1, r.petitionsResolved()),
                new Line("PETITIONS_OUTSTANDING", 1, r.petitionsOutstanding()));
    }

    /**
     * The report of a period of QĐ 11, or — when {@code from} and {@code to} are given, as the other report tabs
     * pass them — of those free dates; {@code body} picks its Party secretary when no head is chosen.
     */
    @GetMapping
    public String show(
            @RequestParam(required = false) @Nullable Long head,
            @RequestParam(defaultValue = "MONTH") PartySecretaryReport.Period period,
            @RequestParam(required = false) @Nullable @LawfulYear Integer year,
            @RequestParam(required = false) @Nullable Integer month,
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "false") boolean subordinates,
            StaffMember staff,
            Model model,
            HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock);
        var secretaries = reports.secretaries(staff);
        Long chosen = head != null
                ? head
                : secretaries.stream()
                        .filter(h -> body != null && h.bodyId() == body)
                        .findFirst()
                        .or(() -> secretaries.stream().findFirst())
                        .map(ReceptionSchedule.Head::id)
                        .orElse(null);
        LocalDate freeFrom = day(from);
        LocalDate freeTo = day(to);
        int shownYear = year == null ? today.getYear() : year;
        int shownMonth = month == null ? today.getMonthValue() : month;
        model.addAttribute("kind", "qd11");
        model.addAttribute("secretaries", secretaries);
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("periods", PartySecretaryReport.Period.values());
        model.addAttribute("head", chosen);
        model.addAttribute("period", period);
        model.addAttribute("year", shownYear);
        model.addAttribute("month", shownMonth);
        if (chosen != null) {
            try {
                PartySecretaryReport report = freeFrom != null && freeTo != null
                        ? reports.compile(chosen, freeFrom, freeTo, staff)
                        : reports.compile(chosen, period, shownYear, shownMonth, staff);
                model.addAttribute("report", report);
                model.addAttribute("lines", lines(report));
                long reportBody = secretaries.stream()
                        .filter(h -> h.id() == report.headId())
                        .findFirst()
                        .map(ReceptionSchedule.Head::bodyId)
                        .orElse(staff.bodyId());
                model.addAttribute(
                        "choice",
                        new ReportPages.Choice(
                                body == null ? reportBody : body,
                                report.from().toString(),
                                report.to().toString(),
                                subordinates));
            } catch (DomainException refused) {
                response.setStatus(refused.status().value());
                model.addAttribute(
                        "errorMessage",
                        messages.getMessage(
                                refused.code(), refused.arguments(), refused.code(), LocaleContextHolder.getLocale()));
            }
        }
        return "report/qd11";
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid("report.period.malformed", text);
        }
    }

    @GetMapping("/xlsx")
    public Object download(
            @RequestParam long head,
            @RequestParam PartySecretaryReport.Period period,
            @RequestParam @LawfulYear int year,
            @RequestParam(defaultValue = "1") int month,
            StaffMember staff,
            Locale locale) {
        PartySecretaryReport report = reports.compile(head, period, year, month, staff);
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheets.Styles styles = new Sheets.Styles(workbook);
            Sheet sheet = workbook.createSheet(text("report.qd11.sheet", locale));
            int rowIndex = Sheets.heading(
                    sheet,
                    styles,
                    text("report.qd11.title", locale),
                    report.headName() + " — " + report.bodyName(),
                    text(
                            "report.period",
                            locale,
                            PetitionHandlingWorkbook.DATE.format(report.from()),
                            PetitionHandlingWorkbook.DATE.format(report.to())),
                    text("report.compiled-on", locale, PetitionHandlingWorkbook.DATE.format(report.compiledOn())));
            for (Line line : lines(report)) {
                Row row = sheet.createRow(rowIndex++);
                Sheets.cell(
                        row,
                        0,
                        text("report.qd11.line." + line.key(), locale),
                        line.depth() == 0 ? styles.strong : styles.indented[1]);
                Sheets.number(row, 1, line.value(), styles);
            }
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            workbook.write(out);
            return ReportPages.xlsx(out.toByteArray(), "bao-cao-qd11-" + head + "-" + year + "-" + period + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNull(
                messages.getMessage(key, arguments, key, locale), "the key is the default message");
    }
}
