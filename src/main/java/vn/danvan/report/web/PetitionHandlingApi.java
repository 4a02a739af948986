package vn.danvan.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.report.PetitionHandlingReport;
import vn.danvan.report.PetitionHandlingReports;

/** The petition-handling report over REST, as JSON or as the same .xlsx the page offers. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo thống kê")
public class PetitionHandlingApi {

    private final PetitionHandlingReports reports;
    private final PetitionHandlingWorkbook workbook;

    public PetitionHandlingApi(PetitionHandlingReports reports, PetitionHandlingWorkbook workbook) {
        this.reports = reports;
        this.workbook = workbook;
    }

    @Operation(summary = "Petition-handling report (Biểu 02/XLD) of a body for a period")
    @GetMapping(path = "/petition-handling", produces = MediaType.APPLICATION_JSON_VALUE)
    public PetitionHandlingReport report(
            @Parameter(description = "Body id; the caller's own body when absent")
                    @RequestParam(required = false)
                    @Nullable
                    Long body,
            @Parameter(description = "First day, ISO date") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Last day, ISO date, inclusive")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "Include the subordinate bodies") @RequestParam(defaultValue = "false")
                    boolean subordinates,
            StaffMember staff) {
        return reports.compile(body, from, to, subordinates, staff);
    }

    @Operation(summary = "The same report as an .xlsx workbook")
    @GetMapping(path = "/petition-handling.xlsx", produces = Sheets.CONTENT_TYPE)
    public ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean subordinates,
            StaffMember staff) {
        PetitionHandlingReport report = reports.compile(body, from, to, subordinates, staff);
        return ReportPages.xlsx(
                workbook.write(report, LocaleContextHolder.getLocale()),
                "bao-cao-xu-ly-don-" + report.bodyId() + "-" + report.from() + "-" + report.to() + ".xlsx");
    }
}
