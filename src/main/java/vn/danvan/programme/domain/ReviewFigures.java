package vn.danvan.programme.domain;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Counts a review's figures: every {@link ReviewFigureSource} of the programme, in their order. */
@Component
public class ReviewFigures {

    private final List<ReviewFigureSource> sources;

    ReviewFigures(List<ReviewFigureSource> sources) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(ReviewFigureSource::order)
                        .thenComparing(ReviewFigureSource::headingKey))
                .toList();
    }

    public List<ReviewSection> count(ReviewPeriod period) {
        return sources.stream()
                .map(source -> new ReviewSection(source.order(), source.headingKey(), source.figures(period)))
                .toList();
    }
}
