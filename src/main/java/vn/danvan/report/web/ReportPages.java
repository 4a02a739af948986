package vn.danvan.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.report.PetitionHandlingReport;
import vn.danvan.report.PetitionHandlingReports;
import vn.danvan.report.domain.OfficialForm;
import vn.danvan.report.domain.ReceptionReport;
import vn.danvan.report.domain.ReceptionReports;
import vn.danvan.report.domain.ReportPeriod;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.RenderedPages;

/**
 * The report pages — petition handling (Biểu 02/XLD), reception (Biểu 01/TCD), complaints resolved (Biểu 03) and
 * denunciations resolved (Biểu 04): choose a body and a period (free dates or a preset of the reporting year), read
 * the figures, download them as .xlsx, and every form in its official layout as .xlsx or PDF. The links between the
 * tabs carry the chosen body and period.
 */
@Controller
@RenderedPages
@RequestMapping("/reports")
public class ReportPages {

    /** What the staff member typed, kept as text so a malformed date is a form error, not a failure. */
    public record Choice(Long body, String from, String to, boolean subordinates) {}

    @FunctionalInterface
    private interface Compiler {
        Object compile(Long body, LocalDate from, LocalDate to, boolean subordinates, StaffMember staff);
    }

    /** One report the pages offer: how to compile it, its template, its workbook and the workbook's file name. */
    private record Kind(
            Compiler compiler, String template, BiFunction<Object, Locale, byte[]> workbook, String filePrefix) {

        String fileName(Choice choice) {
            return filePrefix + choice.body() + "-" + choice.from() + "-" + choice.to() + ".xlsx";
        }
    }

    /** A preset period offered as a link: its label's key and arguments, and its days. */
    public record Preset(ReportPeriod period, String labelKey, List<Object> arguments, String from, String to) {}

    private final Kind petitions;
    private final Kind reception;
    private final Kind complaints;
    private final Kind denunciations;
    private final OfficialForms forms;
    private final ReportCharts charts;
    private final OfficialLayout layout;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;

    public ReportPages(
            PetitionHandlingReports petitionReports,
            PetitionHandlingWorkbook petitionWorkbook,
            ReceptionReports receptionReports,
            ReceptionWorkbook receptionWorkbook,
            OfficialForms forms,
            OfficialLayout layout,
            OrganizationDirectory organization,
            MessageSource messages,
            Clock clock,
            ReportCharts charts) {
        this.clock = clock;
        this.charts = charts;
        this.forms = forms;
        this.layout = layout;
        this.complaints = official(OfficialForms.Kind.F03, "bao-cao-giai-quyet-khieu-nai-");
        this.denunciations = official(OfficialForms.Kind.F04, "bao-cao-giai-quyet-to-cao-");
        this.organization = organization;
        this.messages = messages;
        this.petitions = new Kind(
                petitionReports::compile,
                "report/petition-handling",
                (report, locale) -> petitionWorkbook.write((PetitionHandlingReport) report, locale),
                "bao-cao-xu-ly-don-");
        this.reception = new Kind(
                receptionReports::compile,
                "report/reception",
                (report, locale) -> receptionWorkbook.write((ReceptionReport) report, locale),
                "bao-cao-tiep-cong-dan-");
    }

    private Kind official(OfficialForms.Kind form, String filePrefix) {
        return new Kind(
                (body, from, to, subordinates, staff) ->
                        forms.build(form, body, from, to, subordinates, null, staff, LocaleContextHolder.getLocale()),
                "report/official",
                (report, locale) -> layout.xlsx((OfficialForm) report, locale),
                filePrefix);
    }

    /**
     * The presets of the year of {@code anchor}: its month, the four quarters, six and nine months, the year (QĐ 11
     * Đ.3(8) as amended by KL 215; TT 02/2021/TT-TTCP).
     */
    public static List<Preset> presets(LocalDate anchor) {
        int year = anchor.getYear();
        List<Preset> presets = new ArrayList<>();
        presets.add(preset(
                ReportPeriod.MONTH,
                year,
                anchor.getMonthValue(),
                "report.preset.month",
                anchor.getMonthValue(),
                String.valueOf(year)));
        for (int quarter = 1; quarter <= 4; quarter++) {
            presets.add(preset(
                    ReportPeriod.QUARTER, year, quarter, "report.preset.quarter", quarter, String.valueOf(year)));
        }
        presets.add(preset(ReportPeriod.HALF_YEAR, year, 0, "report.preset.half", String.valueOf(year)));
        presets.add(preset(ReportPeriod.NINE_MONTHS, year, 0, "report.preset.nine", String.valueOf(year)));
        presets.add(preset(ReportPeriod.YEAR, year, 0, "report.preset.year", String.valueOf(year)));
        return presets;
    }

    private static Preset preset(ReportPeriod period, int year, int index, String key, Object... arguments) {
        ReportPeriod.Range range = period.of(year, index);
        return new Preset(
                period,
                key,
                List.of(arguments),
                range.from().toString(),
                range.to().toString());
    }

    /** The year whose presets a page offers: that of the period's last day, or this year. */
    private LocalDate anchor(String to) {
        try {
            LocalDate day = LocalDate.parse(to.strip());
            return day.getYear() < 2000 || day.getYear() > 2100 ? LocalDate.now(clock) : day;
        } catch (DateTimeParseException e) {
            return LocalDate.now(clock);
        }
    }

    /** A form in its official layout, as .xlsx or PDF; a refused choice renders the error page. */
    @GetMapping("/forms/{form:01|02|03|04|qd11}/{format:xlsx|pdf}")
    public ResponseEntity<byte[]> officialForm(
            @PathVariable String form,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(defaultValue = "false") boolean subordinates,
            @RequestParam(required = false) @Nullable Long head,
            StaffMember staff,
            Locale locale) {
        OfficialForm official =
                forms.build(OfficialForms.Kind.of(form), body, date(from), date(to), subordinates, head, staff, locale);
        return "pdf".equals(format)
                ? OfficialFormApi.download(
                        layout.pdf(official, locale), OfficialLayout.PDF, OfficialFormApi.fileName(official, "pdf"))
                : OfficialFormApi.download(
                        layout.xlsx(official, locale), Sheets.CONTENT_TYPE, OfficialFormApi.fileName(official, "xlsx"));
    }

    @GetMapping("/{kind:petitions|reception|complaints|denunciations}")
    public String show(
            @PathVariable String kind,
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "false") boolean subordinates,
            StaffMember staff,
            Model model,
            HttpServletResponse response) {
        Kind report = kind(kind);
        LocalDate today = LocalDate.now(clock);
        String chosenFrom = InputText.blankToNull(from);
        String chosenTo = InputText.blankToNull(to);
        Choice choice = new Choice(
                body == null ? staff.bodyId() : body,
                chosenFrom == null ? today.withDayOfYear(1).toString() : chosenFrom,
                chosenTo == null ? today.toString() : chosenTo,
                subordinates);
        model.addAttribute("choice", choice);
        model.addAttribute("kind", kind);
        model.addAttribute("presets", presets(anchor(choice.to())));
        model.addAttribute(
                "form",
                switch (kind) {
                    case "reception" -> "01";
                    case "complaints" -> "03";
                    case "denunciations" -> "04";
                    default -> "02";
                });
        model.addAttribute(
                "bodies",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()))
                        .toList());
        try {
            model.addAttribute("report", compile(report, choice, staff));
            if (report == petitions) {
                model.addAttribute(
                        "charts",
                        charts.petitions(
                                choice.body(), date(choice.from()), date(choice.to()), choice.subordinates(), staff));
            } else if (report == reception) {
                model.addAttribute(
                        "attendance",
                        charts.reception(
                                choice.body(),
                                date(choice.from()),
                                date(choice.to()),
                                choice.subordinates(),
                                staff,
                                today));
            }
        } catch (DomainException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute(
                    "errorMessage",
                    messages.getMessage(
                            refused.code(), refused.arguments(), refused.code(), LocaleContextHolder.getLocale()));
        }
        return report.template();
    }

    /** The workbook; when the choice is refused, the page with its message instead. */
    @GetMapping("/{kind:petitions|reception|complaints|denunciations}/xlsx")
    public Object download(
            @PathVariable String kind,
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "false") boolean subordinates,
            StaffMember staff,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Kind report = kind(kind);
        String chosenFrom = InputText.blankToNull(from);
        String chosenTo = InputText.blankToNull(to);
        if (chosenFrom == null || chosenTo == null) {
            return show(kind, body, from, to, subordinates, staff, model, response);
        }
        Choice choice = new Choice(body == null ? staff.bodyId() : body, chosenFrom, chosenTo, subordinates);
        Object compiled;
        try {
            compiled = compile(report, choice, staff);
        } catch (DomainException refused) {
            return show(kind, body, from, to, subordinates, staff, model, response);
        }
        return xlsx(report.workbook().apply(compiled, locale), report.fileName(choice));
    }

    public static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(Sheets.CONTENT_TYPE))
                .body(content);
    }

    private Kind kind(String name) {
        return switch (name) {
            case "reception" -> reception;
            case "complaints" -> complaints;
            case "denunciations" -> denunciations;
            default -> petitions;
        };
    }

    private static Object compile(Kind report, Choice choice, StaffMember staff) {
        return report.compiler()
                .compile(choice.body(), date(choice.from()), date(choice.to()), choice.subordinates(), staff);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("report.period.malformed", text);
        }
    }
}
