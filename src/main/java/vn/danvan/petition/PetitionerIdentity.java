package vn.danvan.petition;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Who sent a petition. Stored encrypted; for a denunciation, readable only with explicit permission. */
public record PetitionerIdentity(@Nullable String fullName, @Nullable String idNumber, @Nullable String address,
        @Nullable String phone, @Nullable String email, List<String> representatives) {

    public PetitionerIdentity {
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }
}
