package vn.danvan.democracy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** What staff and citizens ask of "dân bàn và quyết định". */
public final class MatterCommands {

    private MatterCommands() {}

    /** A household's choice on its ballot. */
    public enum Choice {
        AGREE,
        DISAGREE,
        /** Neither: counts as taking part, not as agreeing. */
        BLANK
    }

    /** How a meeting counted. */
    public enum CountMethod {
        SHOW_OF_HANDS,
        SECRET_BALLOT
    }

    /**
     * A matter put to one hamlet ({@code hamletId}) or to every hamlet of the commune (none). {@code closesAt} is
     * Vietnam's local time. {@code initiativeHouseholds}: the households behind a citizens' initiative, if it is one;
     * {@code onlineAgreedHouseholds}: those who agreed to vote online, required for an online vote.
     */
    public record OpenMatter(
            @NotNull Long bodyId,
            @Nullable Long hamletId,
            @NotNull MatterCategory category,
            @NotNull DecisionForm form,
            boolean secret,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 4_000) String question,
            @Nullable @Min(0) @Max(1_000_000) Integer initiativeHouseholds,
            @Nullable @Min(0) @Max(1_000_000) Integer onlineAgreedHouseholds,
            @NotNull LocalDateTime closesAt) {}

    /**
     * A meeting of a hamlet (or one of its clusters): the households present by code, the count, the ballot team
     * (3 to 5 names, separated by commas).
     */
    public record MeetingCount(
            @NotNull Long hamletId,
            @NotBlank @Size(max = 100) String cluster,
            @NotNull CountMethod method,
            @NotBlank @Size(max = 200_000) String attending,
            @Min(0) @Max(1_000_000) int agree,
            @Min(0) @Max(1_000_000) int disagree,
            @NotBlank @Size(max = 500) String team) {}

    /**
     * Paper ballots of a hamlet as the team reads them, a line each: the household's code and its choice ("1" or
     * "đồng ý", "2" or "không đồng ý", "0" or "trống"), separated by a comma, semicolon or tab.
     */
    public record PaperBallots(
            @NotNull Long hamletId,
            @NotBlank @Size(max = 200_000) String lines) {}

    /** The commune's decision on a result that needs recognition (Luật THDCCS 2022 Đ.21). */
    public record Recognition(
            boolean recognised,
            @NotBlank @Size(max = 100) String number,
            @NotNull LocalDate date) {}
}
