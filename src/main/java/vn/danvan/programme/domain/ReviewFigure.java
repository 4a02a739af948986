package vn.danvan.programme.domain;

import java.math.BigDecimal;

/** One counted figure of a review: its i18n label key (programme bundle) and its value (a count, or VND). */
public record ReviewFigure(String labelKey, BigDecimal value, boolean money) {

    public static ReviewFigure count(String labelKey, long value) {
        return new ReviewFigure(labelKey, BigDecimal.valueOf(value), false);
    }

    public static ReviewFigure vnd(String labelKey, BigDecimal value) {
        return new ReviewFigure(labelKey, value, true);
    }
}
