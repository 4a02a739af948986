package vn.danvan.programme;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.ReviewCommands.OpenReview;
import vn.danvan.programme.ReviewCommands.WriteReview;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.domain.Review;
import vn.danvan.programme.domain.ReviewFigures;
import vn.danvan.programme.domain.ReviewPeriod;
import vn.danvan.programme.domain.ReviewSection;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.programme.persistence.Reviews;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * Mid-year and year-end reviews of dân vận work (sơ kết, tổng kết): the staff write the narrative, the platform counts
 * the figures of the body and every body under it (a province its communes) over the period; on issue the figures are
 * frozen with the review, so its document is the same whenever it is generated again.
 */
@Service
@Transactional
public class ReviewBook {

    private final Reviews reviews;
    private final ReviewFigures figures;
    private final Plans timelines;
    private final PlanPolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    ReviewBook(
            Reviews reviews,
            ReviewFigures figures,
            Plans timelines,
            PlanPolicy policy,
            OrganizationDirectory organization,
            AuditTrail audit) {
        this.reviews = reviews;
        this.figures = figures;
        this.timelines = timelines;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    public Review open(OpenReview command, LocalDate today, StaffMember staff) {
        organization.body(command.bodyId()).orElseThrow(() -> DomainException.invalid("review.body-unknown"));
        policy.requirePlanner(staff, command.bodyId());
        LawfulDates.check(command.periodFrom());
        LawfulDates.check(command.periodTo());
        Review.checkPeriod(command.periodFrom(), command.periodTo(), today);
        long id = reviews.add(command, staff.username());
        timelines.recordEvent("review", id, "OPENED", command.title(), staff.username());
        audit.record(
                "review.opened",
                "review",
                id,
                Map.of(
                        "body", command.bodyId(),
                        "kind", command.kind().name(),
                        "from", command.periodFrom().toString(),
                        "to", command.periodTo().toString()));
        return reviews.find(id).orElseThrow();
    }

    public Review write(long id, WriteReview command, StaffMember staff) {
        Review review = locked(id, staff);
        review.checkDraft();
        reviews.write(id, command);
        timelines.recordEvent("review", id, "WRITTEN", null, staff.username());
        audit.record("review.written", "review", id, Map.of());
        return reviews.find(id).orElseThrow();
    }

    /** Issues the review on {@code today}: its figures are counted now and kept with it. */
    public Review issue(long id, LocalDate today, StaffMember staff) {
        Review review = locked(id, staff);
        review.checkIssue(today);
        List<ReviewSection> counted = figures.count(period(review));
        reviews.issue(id, today, counted);
        timelines.recordEvent("review", id, "ISSUED", review.number(), staff.username());
        Map<String, Object> details = new HashMap<>();
        details.put("on", today.toString());
        details.put("number", review.number());
        audit.record("review.issued", "review", id, details);
        return reviews.find(id).orElseThrow();
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Review> reviews(StaffMember staff) {
        return reviews.of(staff.scope(), staff.allBodies());
    }

    @Transactional(readOnly = true)
    public Review review(long id, StaffMember staff) {
        Review review = reviews.find(id).orElseThrow(() -> DomainException.notFound("review.unknown"));
        if (!staff.inScope(review.bodyId())) {
            throw DomainException.forbidden("plan.out-of-scope");
        }
        return review;
    }

    /** The figures of the review: frozen at issue, or counted now for a draft. */
    @Transactional(readOnly = true)
    public List<ReviewSection> figures(Review review) {
        List<ReviewSection> frozen = review.frozenFigures();
        return frozen != null ? frozen : figures.count(period(review));
    }

    /** The review's body and every body under it, over its period. */
    ReviewPeriod period(Review review) {
        return new ReviewPeriod(
                organization.bodyWithSubordinates(review.bodyId()), false, review.periodFrom(), review.periodTo());
    }

    private Review locked(long id, StaffMember staff) {
        Review review = reviews.lock(id).orElseThrow(() -> DomainException.notFound("review.unknown"));
        policy.requirePlanner(staff, review.bodyId());
        return review;
    }
}
