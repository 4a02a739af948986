package vn.danvan.democracy.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.BoardCommands.MemberRole;
import vn.danvan.democracy.BoardCommands.PlanPeriod;
import vn.danvan.democracy.BoardKind;
import vn.danvan.shared.DomainException;

/** A people's board of a commune, set up and directed by the commune's Fatherland Front (Luật THDCCS 2022 Đ.36–45). */
public record Board(
        long id,
        BoardKind kind,
        long frontBodyId,
        long addresseeBodyId,
        String provinceCode,
        String communeCode,
        String name,
        @Nullable String project,
        LocalDate termFrom,
        LocalDate termTo,
        int version) {

    /** A member as the board keeps them: name, role and how residence was established; no contact details. */
    public record Member(
            long id,
            long boardId,
            String fullName,
            MemberRole role,
            @Nullable Long householdId,
            @Nullable String hamletName,
            String residence,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn) {}

    public record Plan(long id, PlanPeriod period, int year, int part, String content) {

        /** "Quý 2/2027", "6 tháng 1/2027", "Năm 2027". */
        public String label() {
            return switch (period) {
                case QUARTER -> "Quý " + part + "/" + year;
                case HALF_YEAR -> "6 tháng " + (part == 1 ? "đầu" : "cuối") + " năm " + year;
                case YEAR -> "Năm " + year;
            };
        }
    }

    public record Finding(long id, LocalDate foundOn, String content, String createdBy) {}

    public record Milestone(
            long id,
            String title,
            LocalDate plannedOn,
            @Nullable LocalDate doneOn) {

        public boolean late(LocalDate today) {
            return doneOn == null ? today.isAfter(plannedOn) : doneOn.isAfter(plannedOn);
        }
    }

    /** How far the board falls short of the members the law asks, 0 when it has them. */
    public static int shortfall(List<Member> current, int required) {
        return Math.max(0, required - current.size());
    }

    /** A term ends after it starts; a quarter has parts 1–4, a half year 1–2, a year 1. */
    public static void checkPlan(PlanPeriod period, int part) {
        int parts = switch (period) {
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case YEAR -> 1;
        };
        if (part < 1 || part > parts) {
            throw DomainException.invalid("oversight.plan-part", parts);
        }
    }

    public static void checkTerm(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            throw DomainException.invalid("oversight.term-order");
        }
    }
}
