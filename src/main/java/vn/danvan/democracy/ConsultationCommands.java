package vn.danvan.democracy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What staff and citizens ask of the consultations: drafts, comments, answers, the Front's criticism. */
public final class ConsultationCommands {

    private ConsultationCommands() {}

    /** A section of a draft: its heading ("Điều 1. Phạm vi") and its text. */
    public record DraftSection(
            @NotBlank @Size(max = 500) String heading,
            @Size(max = 20_000) String body) {}

    /** A new draft of a commune's People's Committee, with its sections (none: the draft is commented as a whole). */
    public record SaveDraft(
            @NotNull Long bodyId,
            @NotNull ConsultationSubject subject,
            @NotBlank @Size(max = 500) String title,
            @Nullable @Size(max = 20_000) String summary,
            List<DraftSection> sections) {}

    /** Opens the draft for comments from one day until another, both included. */
    public record Open(@NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {}

    /**
     * A comment: on a section or on the whole draft; for an organisation, its name. From the portal the author is the
     * signed-in citizen; entered by staff, {@code sourceNote} says which meeting or letter it came from.
     */
    public record NewComment(
            @Nullable Long sectionId,
            @NotNull CommentAuthorKind authorKind,
            @Nullable @Size(max = 200) String organisationName,
            @NotBlank @Size(max = 4_000) String body) {}

    /** A comment staff enter from a meeting or a letter. */
    public record EnteredComment(
            @NotNull CommentChannel channel,
            @Nullable Long sectionId,
            @NotNull CommentAuthorKind authorKind,
            @Nullable @Size(max = 200) String organisationName,
            @NotBlank @Size(max = 500) String sourceNote,
            @NotBlank @Size(max = 4_000) String body) {}

    /** Hides a comment from the public, with the reason (never deleted). */
    public record Hide(@NotBlank @Size(max = 500) String reason) {}

    /** Gathers comments under a title, for one answer. */
    public record Group(
            @NotBlank @Size(max = 500) String title,
            @NotEmpty List<Long> commentIds) {}

    /** The drafting body's answer to a group, or to a recommendation. */
    public record Answer(
            @NotNull CommentVerdict verdict,
            @NotBlank @Size(max = 4_000) String text) {}

    /** The synthesis: its opening words; the figures and the answers follow from the record. */
    public record Synthesis(@NotBlank @Size(max = 4_000) String note) {}

    /** The Front takes a draft for social criticism. */
    public record StartCriticism(
            @NotNull Long frontBodyId,
            @NotNull CriticismForm form,
            @NotNull LocalDate draftReceivedOn,
            @Nullable LocalDate submissionOn) {}

    /** The conference (or dialogue) held, and the document of criticism with its recommendations, one a line. */
    public record CriticismDocument(
            @Nullable LocalDate conferenceOn,
            @Nullable @Size(max = 500) String conferencePlace,
            @Nullable @Size(max = 4_000) String participants,
            @Nullable @Size(max = 4_000) String experts,
            @NotBlank @Size(max = 100) String documentNumber,
            @NotNull LocalDate documentDate,
            @NotEmpty List<@NotBlank @Size(max = 4_000) String> recommendations) {}

    /** A recommendation is carried out: the Front confirms it done. */
    public record Done(
            @NotNull LocalDate doneOn,
            @Nullable @Size(max = 4_000) String note) {}
}
