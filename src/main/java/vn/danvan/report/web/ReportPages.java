package vn.danvan.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import vn.danvan.report.domain.ReceptionReport;
import vn.danvan.report.domain.ReceptionReports;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.RenderedPages;

/**
 * The report pages — petition handling (Biểu 02/XLD) and reception (Biểu 01/TCD): choose a body and a
 * period, read the figures, download them as .xlsx.
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

    private final Kind petitions;
    private final Kind reception;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;

    public ReportPages(
            PetitionHandlingReports petitionReports,
            PetitionHandlingWorkbook petitionWorkbook,
            ReceptionReports receptionReports,
            ReceptionWorkbook receptionWorkbook,
            OrganizationDirectory organization,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
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

    @GetMapping("/{kind:petitions|reception}")
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
        model.addAttribute(
                "bodies",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()))
                        .toList());
        try {
            model.addAttribute("report", compile(report, choice, staff));
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
    @GetMapping("/{kind:petitions|reception}/xlsx")
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
        return "reception".equals(name) ? reception : petitions;
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
