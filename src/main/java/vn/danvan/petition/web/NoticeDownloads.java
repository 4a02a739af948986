package vn.danvan.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.CaseNotices;

/**
 * A case's written notices: the list over the API, the PDF from the case page and the API. A copy naming a
 * denouncer opens only with the identity permission ({@link CaseNotices#download}).
 */
@RestController
@Tag(name = "Petitions")
class NoticeDownloads {

    private final CaseNotices notices;

    NoticeDownloads(CaseNotices notices) {
        this.notices = notices;
    }

    @Operation(summary = "The written notices issued on a petition (thông báo thụ lý, chuyển đơn, gia hạn, …)")
    @GetMapping("/api/v1/petitions/{id}/notices")
    List<CaseNotices.Notice> list(@PathVariable long id, StaffMember staff) {
        return notices.of(id, staff);
    }

    @Operation(summary = "A written notice as PDF")
    @GetMapping(path = "/api/v1/petitions/{id}/notices/{noticeId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> apiDownload(@PathVariable long id, @PathVariable long noticeId, StaffMember staff) {
        return pdf(notices.download(id, noticeId, staff));
    }

    @GetMapping(path = "/petitions/{id}/notices/{noticeId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pageDownload(@PathVariable long id, @PathVariable long noticeId, StaffMember staff) {
        return pdf(notices.download(id, noticeId, staff));
    }

    private static ResponseEntity<byte[]> pdf(CaseNotices.NoticeFile file) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PDF)
                .body(file.pdf());
    }
}
