package vn.danvan.report.domain;

import java.time.LocalDate;
import java.util.List;
import vn.danvan.petition.PetitionType;

/**
 * The reception report (Biểu 01/TCD — tổng hợp kết quả tiếp công dân) of a body, or a body and its
 * subordinates, for the days {@code from} to {@code to} inclusive.
 */
public record ReceptionReport(
        long bodyId,
        String bodyName,
        boolean includesSubordinates,
        List<String> bodyNames,
        LocalDate from,
        LocalDate to,
        LocalDate compiledOn,
        Breakdown regular,
        Breakdown headLed,
        int headReceptionDays,
        List<ContentRow> byContent,
        Results results) {

    /** Visits, people and matters, with the group delegations (đoàn đông người) among them. */
    public record Breakdown(
            int visits,
            int people,
            int oldMatters,
            int newMatters,
            int delegations,
            int delegationPeople,
            int delegationOldMatters,
            int delegationNewMatters) {}

    public record ContentRow(
            PetitionType type, String fieldCode, String fieldNameVi, String fieldNameEn, int visits, int people) {}

    /** What came of the visits: answered or guided on the spot, made into petitions, refused. */
    public record Results(int answered, int petitionsMade, int refused) {}

    public ReceptionReport {
        bodyNames = List.copyOf(bodyNames);
        byContent = List.copyOf(byContent);
    }
}
