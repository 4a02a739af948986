package vn.danvan.programme.domain;

import java.util.List;

/**
 * One section of a dân vận review (sơ kết, tổng kết) whose figures the platform counts. Each feature of the
 * programme module (plans, models, agreements, campaigns, stories, training) contributes one bean.
 */
public interface ReviewFigureSource {

    /** Where the section stands in the review: smaller first. */
    int order();

    /** The i18n key of the section's heading, in the programme bundle. */
    String headingKey();

    /** The section's figures over the period, for the bodies in scope. */
    List<ReviewFigure> figures(ReviewPeriod period);
}
