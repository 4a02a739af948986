package vn.danvan.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.report.domain.OfficialForm;

/**
 * The official forms over REST: {@code GET /api/v1/reports/{form}?from=&to=} with {@code form} one of {@code 01}
 * (Biểu 01/TCD), {@code 02} (Biểu 02/XLD), {@code 03} (Biểu 03/KQGQKN), {@code 04} (Biểu 04/KQGQTC), {@code qd11};
 * the {@code format} parameter picks JSON (default), {@code xlsx} or {@code pdf} — a parameter rather than the Accept
 * header, so that a plain link downloads the file and an error is still problem+json.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo thống kê")
public class OfficialFormApi {

    /** What the response carries. */
    public enum Format {
        json,
        xlsx,
        pdf
    }

    private final OfficialForms forms;
    private final OfficialLayout layout;

    OfficialFormApi(OfficialForms forms, OfficialLayout layout) {
        this.forms = forms;
        this.layout = layout;
    }

    @Operation(
            summary = "An official report form of a body for a period",
            description = "form: 01 (Biểu 01/TCD), 02 (Biểu 02/XLD), 03 (Biểu 03/KQGQKN), 04 (Biểu 04/KQGQTC), qd11"
                    + " (Quy định 11-QĐi/TW). format: json (default), xlsx or pdf (A4 landscape). 400 for a bad"
                    + " period, 401 without credentials, 403 for a body outside the caller's scope.")
    @GetMapping("/{form:01|02|03|04|qd11}")
    public ResponseEntity<?> form(
            @PathVariable String form,
            @Parameter(description = "First day, ISO date") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Last day, ISO date, inclusive")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "Body id; the caller's own body when absent")
                    @RequestParam(required = false)
                    @Nullable
                    Long body,
            @Parameter(description = "Include the subordinate bodies, one row each")
                    @RequestParam(defaultValue = "false")
                    boolean subordinates,
            @Parameter(description = "qd11: the Party secretary; by default the one of the body")
                    @RequestParam(required = false)
                    @Nullable
                    Long head,
            @Parameter(description = "json, xlsx or pdf") @RequestParam(defaultValue = "json") Format format,
            StaffMember staff) {
        Locale locale = LocaleContextHolder.getLocale();
        OfficialForm official =
                forms.build(OfficialForms.Kind.of(form), body, from, to, subordinates, head, staff, locale);
        return switch (format) {
            case json ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(official);
            case xlsx -> download(layout.xlsx(official, locale), Sheets.CONTENT_TYPE, fileName(official, "xlsx"));
            case pdf -> download(layout.pdf(official, locale), OfficialLayout.PDF, fileName(official, "pdf"));
        };
    }

    static String fileName(OfficialForm form, String extension) {
        return "bieu-" + form.form() + "-" + form.from() + "-" + form.to() + "." + extension;
    }

    static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(type))
                .body(content);
    }
}
