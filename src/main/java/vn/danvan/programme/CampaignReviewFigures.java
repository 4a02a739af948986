package vn.danvan.programme;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.programme.domain.ReviewFigure;
import vn.danvan.programme.domain.ReviewFigureSource;
import vn.danvan.programme.domain.ReviewPeriod;
import vn.danvan.programme.persistence.Campaigns;

/**
 * The campaigns' section of a review: relief campaigns and movements launched in the period, money received and
 * given out (VND), contributions in kind — for the bodies the review covers.
 */
@Component
class CampaignReviewFigures implements ReviewFigureSource {

    private final Campaigns campaigns;

    CampaignReviewFigures(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String headingKey() {
        return "campaign.review.heading";
    }

    @Override
    public List<ReviewFigure> figures(ReviewPeriod period) {
        Campaigns.Figures figures =
                campaigns.figures(period.allBodies() ? null : period.bodyIds(), period.from(), period.to());
        return List.of(
                ReviewFigure.count("campaign.review.relief", figures.relief()),
                ReviewFigure.count("campaign.review.movements", figures.movements()),
                ReviewFigure.vnd("campaign.review.received", figures.received()),
                ReviewFigure.vnd("campaign.review.distributed", figures.distributed()),
                ReviewFigure.count("campaign.review.in-kind", figures.inKindContributions()));
    }
}
