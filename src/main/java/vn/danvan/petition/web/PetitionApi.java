package vn.danvan.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.ClassifyPetition;
import vn.danvan.petition.ConcludePetition;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.DenunciationPaths;
import vn.danvan.petition.ExtendResolution;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionQueries.DeadlineFilter;
import vn.danvan.petition.PetitionQueries.QueueFilter;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionResolution;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.petition.SplitPetition;
import vn.danvan.petition.domain.PetitionConfidentiality;
import vn.danvan.petition.persistence.PetitionAttachments;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/** The petition operations over REST. Errors are problem+json (vn.danvan.shared.ApiProblems). */
@RestController
@RequestMapping(path = "/api/v1/petitions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Petitions", description = "Đơn thư: tiếp nhận, xử lý, giải quyết")
class PetitionApi {

    record Assignment(
            @NotNull Long handlerId,
            @Nullable @Size(max = InputText.NAME) String handlerName) {}

    record Verification(
            @NotBlank @Size(max = InputText.LONGEST) String note) {}

    private final PetitionIntake intake;
    private final PetitionProcessing processing;
    private final PetitionResolution resolution;
    private final PetitionQueries queries;
    private final PetitionConfidentiality confidentiality;
    private final PetitionAttachments attachments;
    private final DenunciationPaths denunciationPaths;

    PetitionApi(
            PetitionIntake intake,
            PetitionProcessing processing,
            PetitionResolution resolution,
            PetitionQueries queries,
            PetitionConfidentiality confidentiality,
            PetitionAttachments attachments,
            DenunciationPaths denunciationPaths) {
        this.denunciationPaths = denunciationPaths;
        this.intake = intake;
        this.processing = processing;
        this.resolution = resolution;
        this.queries = queries;
        this.confidentiality = confidentiality;
        this.attachments = attachments;
    }

    @Operation(summary = "Register a petition (tiếp nhận đơn)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PetitionReference> receive(
            @Valid @RequestBody ReceivePetition command,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            StaffMember staff) {
        PetitionReference reference = intake.receive(command, staff, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + reference.id()))
                .body(reference);
    }

    @Operation(
            summary = "The work queue: filters, diacritic-insensitive search, paging",
            description = "A page says whether another follows (hasNext). The queue is counted only with count=true"
                    + " (exact up to 1,000 or the end of the page asked for; totalCapped says when it went further):"
                    + " counting is most of the database's work for a page.")
    @GetMapping
    QueueAnswer queue(
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable PetitionType type,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable PetitionState state,
            @RequestParam(required = false) @Nullable DeadlineFilter deadline,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "false") boolean count,
            StaffMember staff) {
        var result = queries.queue(
                new QueueFilter(body, type, field, state, deadline, commune, q, page, size),
                staff,
                count ? PetitionQueries.Counting.COUNTED : PetitionQueries.Counting.UNCOUNTED);
        return new QueueAnswer(
                result.rows(), result.page(), result.size(), result.hasNext(), result.total(), result.totalCapped());
    }

    /** A page of the queue as the API answers it; {@code total} only when asked for ({@code count=true}). */
    record QueueAnswer(
            List<PetitionQueries.QueueRow> rows,
            int page,
            int size,
            boolean hasNext,
            @Nullable Long total,
            boolean totalCapped) {}

    @GetMapping("/fields")
    List<PetitionQueries.Field> fields() {
        return queries.fields();
    }

    @GetMapping("/{id}")
    PetitionQueries.PetitionView petition(@PathVariable long id, StaffMember staff) {
        return queries.petition(id, staff);
    }

    @GetMapping("/{id}/timeline")
    List<PetitionQueries.TimelineEntry> timeline(@PathVariable long id, StaffMember staff) {
        return queries.timeline(id, staff);
    }

    @Operation(summary = "Read the petitioner's identity (audited; a denouncer's only with permission)")
    @GetMapping("/{id}/identity")
    PetitionerIdentity identity(@PathVariable long id, StaffMember staff) {
        return confidentiality.reveal(id, staff);
    }

    @PutMapping(path = "/{id}/classification", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference classify(@PathVariable long id, @Valid @RequestBody ClassifyPetition command, StaffMember staff) {
        return processing.classify(id, command, staff);
    }

    @PostMapping(path = "/{id}/split", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PetitionReference> split(
            @PathVariable long id, @Valid @RequestBody SplitPetition command, StaffMember staff) {
        PetitionReference part = intake.split(id, command, staff);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + part.id()))
                .body(part);
    }

    @Operation(summary = "Processing decision: ACCEPT, GUIDE, TRANSFER, FILE or RETURN")
    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference decide(@PathVariable long id, @Valid @RequestBody DecidePetition command, StaffMember staff) {
        return processing.decide(id, command, staff);
    }

    @PostMapping(path = "/{id}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference assign(@PathVariable long id, @Valid @RequestBody Assignment command, StaffMember staff) {
        return processing.assign(
                id,
                command.handlerId(),
                command.handlerName() == null ? String.valueOf(command.handlerId()) : command.handlerName(),
                staff);
    }

    @PostMapping(path = "/{id}/verifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference verify(@PathVariable long id, @Valid @RequestBody Verification command, StaffMember staff) {
        return resolution.recordVerification(id, command.note(), staff);
    }

    @PostMapping(path = "/{id}/extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference extend(@PathVariable long id, @Valid @RequestBody ExtendResolution command, StaffMember staff) {
        return resolution.extend(id, command, staff);
    }

    @PostMapping(path = "/{id}/conclusion", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference conclude(@PathVariable long id, @Valid @RequestBody ConcludePetition command, StaffMember staff) {
        return resolution.conclude(id, command, staff);
    }

    @PostMapping("/{id}/closure")
    PetitionReference close(@PathVariable long id, StaffMember staff) {
        return resolution.close(id, staff);
    }

    @Operation(
            summary =
                    "The legal path of a denunciation or regulation feedback: due dates, what was done, what was late")
    @GetMapping("/{id}/legal-path")
    DenunciationPaths.LegalPathView legalPath(@PathVariable long id, StaffMember staff) {
        return denunciationPaths.legalPath(id, staff);
    }

    @Operation(
            summary =
                    "Denunciation: 10 working days of initial processing for verification at several places (Luật TC Đ.24(1))")
    @PostMapping(path = "/{id}/verification-at-several-places", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference verificationAtSeveralPlaces(
            @PathVariable long id, @Valid @RequestBody DenunciationPaths.SeveralPlaces command, StaffMember staff) {
        return denunciationPaths.verificationAtSeveralPlaces(id, command, staff);
    }

    @Operation(summary = "Denunciation: record the accused person (name, position, body)")
    @PutMapping(path = "/{id}/accused", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference accused(
            @PathVariable long id, @Valid @RequestBody DenunciationPaths.AccusedPerson command, StaffMember staff) {
        return denunciationPaths.recordAccused(id, command, staff);
    }

    @Operation(summary = "Denunciation: the notice to the accused (content only, never the denouncer; Luật TC Đ.29)")
    @GetMapping("/{id}/accused-notice")
    DenunciationPaths.AccusedNotice accusedNotice(@PathVariable long id, StaffMember staff) {
        return denunciationPaths.accusedNotice(id, staff);
    }

    @Operation(
            summary = "Denunciation: record a notice of acceptance sent to the denouncer or the accused (Luật TC Đ.29)")
    @PostMapping(path = "/{id}/acceptance-notices", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference acceptanceNotice(
            @PathVariable long id, @Valid @RequestBody DenunciationPaths.AcceptanceNotice command, StaffMember staff) {
        return denunciationPaths.recordAcceptanceNotice(id, command, staff);
    }

    @Operation(summary = "Denunciation: record a withdrawal (Luật TC Đ.33; NĐ 31/2019 Đ.4 am. NĐ 156/2026)")
    @PostMapping(path = "/{id}/denunciation-withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference withdraw(
            @PathVariable long id, @Valid @RequestBody DenunciationPaths.Withdrawal command, StaffMember staff) {
        return denunciationPaths.withdraw(id, command, staff);
    }

    @Operation(summary = "Denunciation: record the publication of the conclusion (Luật TC Đ.40)")
    @PostMapping(path = "/{id}/conclusion-publication", consumes = MediaType.APPLICATION_JSON_VALUE)
    PetitionReference publishConclusion(
            @PathVariable long id, @Valid @RequestBody DenunciationPaths.Publication command, StaffMember staff) {
        return denunciationPaths.publishConclusion(id, command, staff);
    }

    @Operation(summary = "Recommendation/feedback about administrative regulations (NĐ 20/2008/NĐ-CP)")
    @PostMapping("/{id}/regulation-feedback")
    PetitionReference regulationFeedback(@PathVariable long id, StaffMember staff) {
        return denunciationPaths.markRegulationFeedback(id, staff);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PetitionAttachments.Attachment> attach(
            @PathVariable long id, @RequestPart("file") MultipartFile file, StaffMember staff) throws IOException {
        var attachment = attachments.attach(id, file.getOriginalFilename(), file.getInputStream(), staff);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + id + "/attachments/" + attachment.id()))
                .body(attachment);
    }

    @GetMapping("/{id}/attachments")
    List<PetitionAttachments.Attachment> attachments(@PathVariable long id, StaffMember staff) {
        return attachments.list(id, staff);
    }

    @GetMapping(path = "/{id}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId, StaffMember staff) {
        var file = attachments.open(id, attachmentId, staff);
        if (!Files.isReadable(file.path())) {
            throw DomainException.notFound("petition.attachment-not-found", attachmentId);
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(new FileSystemResource(file.path()));
    }
}
