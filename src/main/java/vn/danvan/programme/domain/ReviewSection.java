package vn.danvan.programme.domain;

import java.util.List;

/** A section of a review's figures: its heading (i18n key) and its figures, as counted or as frozen at issue. */
public record ReviewSection(int order, String headingKey, List<ReviewFigure> figures) {

    public ReviewSection {
        figures = List.copyOf(figures);
    }
}
