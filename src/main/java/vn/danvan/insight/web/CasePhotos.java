package vn.danvan.insight.web;

import java.nio.file.Files;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionFigures;
import vn.danvan.shared.DomainException;

/** A case's photo shown on its page (the staff session; the API keeps its download for clients). */
@Controller
class CasePhotos {

    private final PetitionFigures figures;

    CasePhotos(PetitionFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/petitions/{id}/photos/{attachmentId}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long attachmentId, StaffMember staff) {
        var photo = figures.photo(id, attachmentId, staff);
        if (!Files.isReadable(photo.path())) {
            throw DomainException.notFound("petition.attachment-not-found", attachmentId);
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .body(new FileSystemResource(photo.path()));
    }
}
