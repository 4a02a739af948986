package vn.danvan.democracy.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A commune's rating of a year (Luật THDCCS 2022 Đ.34(1)), open between two days, published once closed. */
public record RatingRound(
        long id,
        long committeeBodyId,
        String provinceCode,
        String communeCode,
        int year,
        List<String> criteria,
        LocalDate opensOn,
        LocalDate closesOn,
        @Nullable LocalDate publishedOn) {

    public boolean open(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public boolean closed(LocalDate today) {
        return today.isAfter(closesOn);
    }

    /** The results: sheets, and per criterion the mean score and the share of satisfied (4 or 5). */
    public record Result(int sheets, List<Line> lines) {}

    public record Line(String criterion, double mean, double satisfiedShare) {}
}
