package vn.danvan.democracy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What staff ask the democracy module to record. */
public final class DisclosureCommands {

    private DisclosureCommands() {}

    /** A new item, or the new details of one. */
    public record SaveDisclosure(
            @NotNull Long bodyId,
            @NotNull DisclosureCategory category,
            @NotBlank @Size(max = 500) String title,
            @Nullable @Size(max = 20_000) String summary,
            @Nullable @Size(max = 100) String documentNumber,
            @NotNull LocalDate documentDate) {}

    /** The item was made public on a day, by these forms. */
    public record Publish(
            @NotNull LocalDate publishedOn, @NotNull List<PublicationForm> forms) {}
}
