package vn.danvan.programme;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.programme.domain.ReviewFigure;
import vn.danvan.programme.domain.ReviewFigureSource;
import vn.danvan.programme.domain.ReviewPeriod;
import vn.danvan.programme.persistence.Models;
import vn.danvan.programme.persistence.Stories;

/** The "Dân vận khéo" section of a review: models registered, recognised, commended, replicated; stories published. */
@Component
class ModelReviewFigures implements ReviewFigureSource {

    private final Models models;
    private final Stories stories;

    ModelReviewFigures(Models models, Stories stories) {
        this.models = models;
        this.stories = stories;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String headingKey() {
        return "model.review.heading";
    }

    @Override
    public List<ReviewFigure> figures(ReviewPeriod period) {
        long[] counts = models.reviewCounts(period);
        return List.of(
                ReviewFigure.count("model.review.registered", counts[0]),
                ReviewFigure.count("model.review.recognised", counts[1]),
                ReviewFigure.count("model.review.commended", counts[2]),
                ReviewFigure.count("model.review.replicas", counts[3]),
                ReviewFigure.count("story.review.published", stories.publishedCount(period)));
    }
}
