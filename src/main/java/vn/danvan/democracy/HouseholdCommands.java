package vn.danvan.democracy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What staff ask of the household register. */
public final class HouseholdCommands {

    private HouseholdCommands() {}

    /** New facts of a household, and why they changed. */
    public record EditHousehold(
            @NotBlank @Size(max = 200) String headName,
            @NotBlank @Size(max = 200) String representativeName,
            @Nullable @Size(max = 500) String address,
            @Min(1) @Max(200) int members,
            @Nullable @Size(max = 500) String reason) {}
}
