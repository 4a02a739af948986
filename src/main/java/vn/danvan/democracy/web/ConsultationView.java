package vn.danvan.democracy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.CommentAuthorKind;
import vn.danvan.democracy.CommentChannel;
import vn.danvan.democracy.CommentVerdict;
import vn.danvan.democracy.ConsultationSubject;
import vn.danvan.democracy.domain.Comment;
import vn.danvan.democracy.domain.CommentGroup;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.democracy.domain.ConsultationSection;
import vn.danvan.democracy.domain.ConsultationStatus;

/** A draft put to the people as the API shows it, with its sections and the answers given. */
public record ConsultationView(
        long id,
        long bodyId,
        String communeCode,
        ConsultationSubject subject,
        String title,
        @Nullable String summary,
        ConsultationStatus status,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        @Nullable LocalDate synthesisedOn,
        List<Section> sections,
        List<Group> groups) {

    public record Section(long id, int position, String heading, String body) {}

    public record Group(
            long id,
            String title,
            @Nullable CommentVerdict verdict,
            @Nullable String answer) {}

    /** A comment; for staff of the drafting body, hidden ones too with the reason. */
    public record CommentView(
            long id,
            @Nullable Long sectionId,
            CommentChannel channel,
            CommentAuthorKind authorKind,
            @Nullable String organisationName,
            @Nullable String sourceNote,
            String body,
            @Nullable Long groupId,
            boolean hidden,
            @Nullable String hiddenReason,
            Instant createdAt) {

        static CommentView of(Comment c) {
            return new CommentView(
                    c.id(),
                    c.sectionId(),
                    c.channel(),
                    c.authorKind(),
                    c.organisationName(),
                    c.sourceNote(),
                    c.body(),
                    c.groupId(),
                    c.hidden(),
                    c.hiddenReason(),
                    c.createdAt());
        }
    }

    static ConsultationView of(
            Consultation c, LocalDate today, List<ConsultationSection> sections, List<CommentGroup> groups) {
        return new ConsultationView(
                c.id(),
                c.bodyId(),
                c.communeCode(),
                c.subject(),
                c.title(),
                c.summary(),
                c.statusOn(today),
                c.opensOn(),
                c.closesOn(),
                c.synthesisedOn(),
                sections.stream()
                        .map(s -> new Section(s.id(), s.position(), s.heading(), s.body()))
                        .toList(),
                groups.stream()
                        .map(g -> new Group(g.id(), g.title(), g.verdict(), g.answer()))
                        .toList());
    }
}
