package vn.danvan.programme.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.ProgrammeReports;
import vn.danvan.programme.ProgrammeReports.ProgrammeReport;
import vn.danvan.programme.ProgrammeReports.ProgrammeReportLine;
import vn.danvan.shared.LawfulYear;
import vn.danvan.shared.RenderedPages;

/** The year's counts of the dân vận programme by level and body: a page with a chart over its table, and .xlsx. */
@Controller
@RenderedPages
class ProgrammeReportPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> COLUMNS = List.of(
            "plans",
            "tasks",
            "tasks-done",
            "tasks-late",
            "agreements",
            "joint-done",
            "courses",
            "certificates",
            "reviews");

    private final ProgrammeReports reports;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammeReportPages(ProgrammeReports reports, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programme/reports")
    String page(@RequestParam(required = false) @Nullable @LawfulYear Integer year, StaffMember staff, Model model) {
        LocalDate today = LocalDate.now(clock);
        ProgrammeReport report = reports.year(year == null ? today.getYear() : year, today, staff);
        model.addAttribute("report", report);
        model.addAttribute("columns", COLUMNS);
        return "programme/reports";
    }

    @GetMapping("/programme/reports.xlsx")
    ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) @Nullable @LawfulYear Integer year, StaffMember staff, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        ProgrammeReport report = reports.year(year == null ? today.getYear() : year, today, staff);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(message("plan.report.sheet", locale));
            sheet.createRow(0).createCell(0).setCellValue(message("plan.report.title", locale, report.year()));
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue(message("plan.report.body", locale));
            header.createCell(1).setCellValue(message("plan.report.level", locale));
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c + 2).setCellValue(message("plan.report.column." + COLUMNS.get(c), locale));
            }
            int r = 3;
            for (ProgrammeReportLine line : report.levels()) {
                write(sheet.createRow(r++), message("plan.report.level-total", locale), line, locale);
            }
            r++;
            for (ProgrammeReportLine line : report.bodies()) {
                write(sheet.createRow(r++), line.name(), line, locale);
            }
            for (int c = 0; c < COLUMNS.size() + 2; c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(XLSX))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename("dan-van-" + report.year() + ".xlsx", StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Row row, String name, ProgrammeReportLine line, Locale locale) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(message("plan.report.level." + line.level(), locale));
        int[] values = values(line);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c + 2).setCellValue(values[c]);
        }
    }

    static int[] values(ProgrammeReportLine line) {
        return new int[] {
            line.plans(),
            line.tasks(),
            line.tasksDone(),
            line.tasksLate(),
            line.agreements(),
            line.jointTasksDone(),
            line.courses(),
            line.certificates(),
            line.reviewsIssued()
        };
    }

    private String message(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNull(messages.getMessage(key, arguments, key, locale), "the key is the default");
    }
}
