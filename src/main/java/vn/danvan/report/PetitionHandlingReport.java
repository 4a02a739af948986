package vn.danvan.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.danvan.petition.PetitionType;

/**
 * The petition-handling report (Biểu 02/XLD — tổng hợp kết quả xử lý đơn) of a body, or of a body and
 * its subordinate bodies, for the days {@code from} to {@code to} inclusive.
 */
public record PetitionHandlingReport(
        long bodyId,
        String bodyName,
        boolean includesSubordinates,
        List<String> bodyNames,
        LocalDate from,
        LocalDate to,
        LocalDate compiledOn,
        PetitionHandlingFigures figures,
        List<ContentRow> byContent,
        List<Satisfaction> satisfaction,
        Matters matters) {

    /**
     * Matters (vụ việc) beside petitions (đơn): petitions an officer confirmed as one matter count once, so a
     * citizen re-sending the same petition to several bodies is one matter (issue 20). The TTCP forms count "vụ việc"
     * beside "lượt" and "đơn" (TT 02/2021/TT-TTCP, Biểu 01/TCD; rules.md B6 [K]); Biểu 02/XLD itself counts đơn, so
     * the matters are shown beside its lines, not inside them.
     *
     * @param total the matters of the period's petitions (the "vụ việc" of {@code figures.total})
     * @param receivedInPeriod the matters of the petitions received in the period
     */
    public record Matters(int total, int receivedInPeriod) {}

    /**
     * How satisfied citizens were with a body's answers (ratings 1–5 given on the portal in the period):
     * the number of ratings, their average and the share of 4 and 5.
     */
    public record Satisfaction(long bodyId, String bodyName, int ratings, double average, double satisfiedShare) {}

    /** Petitions of one type and field: how many were dealt with in the period and where they stand. */
    public record ContentRow(
            PetitionType type,
            String fieldCode,
            String fieldNameVi,
            String fieldNameEn,
            int total,
            int withinJurisdiction,
            int resolved,
            int inProgress) {}

    /** A line of the report with its figure, in the form's order. */
    public record Line(PetitionHandlingLine line, String number, int depth, String labelKey, int value) {}

    public PetitionHandlingReport {
        bodyNames = List.copyOf(bodyNames);
        byContent = List.copyOf(byContent);
    }

    @JsonProperty("lines")
    public List<Line> lines() {
        return Arrays.stream(PetitionHandlingLine.values())
                .map(line -> new Line(line, line.number(), line.depth(), line.labelKey(), line.valueIn(figures)))
                .toList();
    }
}
