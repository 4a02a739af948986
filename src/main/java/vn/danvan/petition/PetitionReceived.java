package vn.danvan.petition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A petition was registered: at intake, split off another, transferred in from a body on the platform, or reopened.
 * At intake it carries its {@link Receipt}: what the messages of the receipt need, taken while the petition was
 * built, so that they are written without reading the case back; null on the other paths (read the case then).
 */
public record PetitionReceived(
        long petitionId,
        String trackingCode,
        long bodyId,
        PetitionState state,
        LocalDate on,
        @Nullable Receipt receipt) implements PetitionHandlingEvent {

    public PetitionReceived(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on) {
        this(petitionId, trackingCode, bodyId, state, on, null);
    }

    /**
     * The case as the public tracking page shows it at receipt, and how its petitioner can be reached — whether their
     * sealed identity holds an e-mail address or a phone number, never the address or number itself.
     *
     * @param publicTitle the title with the petitioner's personal data masked, as the tracking page shows it
     */
    public record Receipt(
            @Nullable LocalDate expectedOn,
            String publicTitle,
            boolean identitySealed,
            boolean petitionerHasEmail,
            boolean petitionerHasPhone) {}
}
