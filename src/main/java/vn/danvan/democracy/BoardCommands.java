package vn.danvan.democracy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.InputText;

/** What staff ask of the people's boards. */
public final class BoardCommands {

    private BoardCommands() {}

    /** A member's place on the board. */
    public enum MemberRole {
        HEAD,
        DEPUTY,
        MEMBER
    }

    /** What a member declares of their position: anything but the first is a ground of refusal (Đ.36–40). */
    public enum Position {
        NONE,
        COMMUNE_OFFICIAL,
        COMMUNE_CIVIL_SERVANT,
        PART_TIME_COMMUNE_WORKER,
        PART_TIME_HAMLET_WORKER
    }

    public enum PlanPeriod {
        QUARTER,
        HALF_YEAR,
        YEAR
    }

    /**
     * A member: resident either through a household of the commune's register ({@code householdId}) or by a
     * declared permanent address in the commune ({@code declaredAddress} with {@code declaredCommuneCode}).
     * {@code notStaffConfirmed}: the staff checked that a namesake among the commune's staff is another person.
     */
    public record AddMember(
            @NotBlank @Size(max = InputText.NAME) String fullName,
            @NotNull MemberRole role,
            @Nullable Long householdId,
            @Nullable @Size(max = InputText.LINE) String declaredAddress,
            @Nullable String declaredCommuneCode,
            @NotNull Position position,
            boolean notStaffConfirmed,
            @NotNull LocalDate joinedOn) {}

    /** A board; an investment-supervision board is set up with its members at once (at least 5, Đ.41–45). */
    public record CreateBoard(
            @NotNull BoardKind kind,
            @NotNull Long frontBodyId,
            @NotNull Long addresseeBodyId,
            @NotBlank @Size(max = InputText.LINE) String name,
            @Nullable @Size(max = InputText.LINE) String project,
            @NotNull LocalDate termFrom,
            @NotNull LocalDate termTo,
            List<@Valid AddMember> members) {}

    public record AddPlan(
            @NotNull PlanPeriod period,
            @Min(1990) @Max(2100) int year,
            @Min(1) @Max(4) int part,
            @NotBlank @Size(max = InputText.NOTE) String content) {}

    public record AddFinding(
            @NotNull LocalDate foundOn,
            @NotBlank @Size(max = InputText.NOTE) String content) {}

    public record AddMilestone(
            @NotBlank @Size(max = InputText.LINE) String title,
            @NotNull LocalDate plannedOn,
            @Nullable LocalDate doneOn) {}
}
