package vn.danvan.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.ReviewBook;
import vn.danvan.programme.ReviewCommands.OpenReview;
import vn.danvan.programme.ReviewCommands.WriteReview;
import vn.danvan.programme.domain.Review;
import vn.danvan.programme.domain.ReviewSection;

/** Reviews of dân vận work (sơ kết, tổng kết) over REST: the narrative, the figures, the issue. */
@RestController
@Tag(name = "Reviews", description = "Sơ kết, tổng kết công tác dân vận: số liệu từ hệ thống, nội dung do cán bộ viết")
class ReviewApi {

    record ReviewView(Review review, List<ReviewSection> figures) {}

    private final ReviewBook reviews;
    private final Clock clock;

    ReviewApi(ReviewBook reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Operation(summary = "Reviews of the bodies in scope, latest period first")
    @GetMapping(path = "/api/v1/programme/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Review> reviews(StaffMember staff) {
        return reviews.reviews(staff);
    }

    @Operation(summary = "Open a review of a body over a period")
    @PostMapping(
            path = "/api/v1/programme/reviews",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Review> open(@Valid @RequestBody OpenReview command, StaffMember staff) {
        Review review = reviews.open(command, today(), staff);
        return ResponseEntity.created(URI.create("/api/v1/programme/reviews/" + review.id()))
                .body(review);
    }

    @Operation(summary = "A review with its figures: frozen at issue, or counted now for a draft")
    @GetMapping(path = "/api/v1/programme/reviews/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReviewView review(@PathVariable long id, StaffMember staff) {
        Review review = reviews.review(id, staff);
        return new ReviewView(review, reviews.figures(review));
    }

    @Operation(summary = "Write a draft review's narrative, number and signer")
    @PutMapping(
            path = "/api/v1/programme/reviews/{id}/narrative",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Review write(@PathVariable long id, @Valid @RequestBody WriteReview command, StaffMember staff) {
        return reviews.write(id, command, staff);
    }

    @Operation(summary = "Issue the review today: its figures are counted and frozen with it")
    @PostMapping(path = "/api/v1/programme/reviews/{id}/issue", produces = MediaType.APPLICATION_JSON_VALUE)
    Review issue(@PathVariable long id, StaffMember staff) {
        return reviews.issue(id, today(), staff);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
