package vn.danvan.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.StoryCommands;
import vn.danvan.programme.StoryPublishing;
import vn.danvan.programme.domain.Story;

/** Stories (tuyên truyền) over REST, for staff of the bodies in scope. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Stories", description = "Bài tuyên truyền về mô hình, phong trào và kết quả, đăng trên cổng thông tin")
class StoryApi {

    private final StoryPublishing publishing;

    StoryApi(StoryPublishing publishing) {
        this.publishing = publishing;
    }

    @Operation(summary = "Stories of the bodies in scope, latest change first")
    @GetMapping("/api/v1/stories")
    List<Story> stories(StaffMember staff) {
        return publishing.list(staff);
    }

    @Operation(summary = "Write a story (plain paragraphs separated by a blank line; not published yet)")
    @PostMapping(path = "/api/v1/stories", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Story> write(@Valid @RequestBody StoryCommands.SaveStory command, StaffMember staff) {
        Story story = publishing.write(command, staff);
        return ResponseEntity.created(URI.create("/api/v1/stories/" + story.id()))
                .body(story);
    }

    @GetMapping("/api/v1/stories/{id}")
    Story story(@PathVariable long id, StaffMember staff) {
        return publishing.story(id, staff);
    }

    @Operation(summary = "Replace the story's text")
    @PutMapping(path = "/api/v1/stories/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Story update(@PathVariable long id, @Valid @RequestBody StoryCommands.SaveStory command, StaffMember staff) {
        return publishing.update(id, command, staff);
    }

    @Operation(summary = "Publish the story on the portal")
    @PostMapping("/api/v1/stories/{id}/publication")
    Story publish(@PathVariable long id, StaffMember staff) {
        return publishing.publish(id, true, staff);
    }

    @Operation(summary = "Take the story off the portal")
    @DeleteMapping("/api/v1/stories/{id}/publication")
    Story unpublish(@PathVariable long id, StaffMember staff) {
        return publishing.publish(id, false, staff);
    }
}
