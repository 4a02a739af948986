package vn.danvan.petition;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.InputText;

/** Who sent a petition. Stored encrypted; for a denunciation, readable only with explicit permission. */
public record PetitionerIdentity(
        @Nullable @Size(max = InputText.NAME) String fullName,
        @Nullable @Size(max = 40) String idNumber,
        @Nullable @Size(max = InputText.LINE) String address,
        @Nullable @Size(max = 40) String phone,
        @Nullable @Size(max = 254) String email,
        @Size(max = 5) List<@Size(max = InputText.NAME) String> representatives) {

    public PetitionerIdentity {
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }
}
