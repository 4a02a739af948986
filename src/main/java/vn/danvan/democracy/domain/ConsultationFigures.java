package vn.danvan.democracy.domain;

import java.util.List;

/**
 * The figures of a synthesis: comments received, by channel and by author, hidden by moderation, and how many were
 * taken in (in groups answered "tiếp thu") or explained.
 */
public record ConsultationFigures(
        int received,
        int portal,
        int meeting,
        int written,
        int organisations,
        int hidden,
        int groups,
        int acceptedGroups,
        int explainedGroups,
        int acceptedComments,
        int explainedComments) {

    public static ConsultationFigures of(List<Comment> comments, List<CommentGroup> groups) {
        List<Comment> visible = comments.stream().filter(c -> !c.hidden()).toList();
        java.util.Map<Long, CommentGroup> byId = new java.util.HashMap<>();
        groups.forEach(g -> byId.put(g.id(), g));
        int accepted = 0;
        int explained = 0;
        for (Comment comment : visible) {
            CommentGroup group = comment.groupId() == null ? null : byId.get(comment.groupId());
            if (group != null && group.verdict() != null) {
                switch (group.verdict()) {
                    case ACCEPTED -> accepted++;
                    case EXPLAINED -> explained++;
                }
            }
        }
        return new ConsultationFigures(
                comments.size(),
                count(comments, vn.danvan.democracy.CommentChannel.PORTAL),
                count(comments, vn.danvan.democracy.CommentChannel.MEETING),
                count(comments, vn.danvan.democracy.CommentChannel.WRITTEN),
                (int) comments.stream()
                        .filter(c -> c.authorKind() == vn.danvan.democracy.CommentAuthorKind.ORGANISATION)
                        .count(),
                comments.size() - visible.size(),
                groups.size(),
                (int) groups.stream()
                        .filter(g -> g.verdict() == vn.danvan.democracy.CommentVerdict.ACCEPTED)
                        .count(),
                (int) groups.stream()
                        .filter(g -> g.verdict() == vn.danvan.democracy.CommentVerdict.EXPLAINED)
                        .count(),
                accepted,
                explained);
    }

    private static int count(List<Comment> comments, vn.danvan.democracy.CommentChannel channel) {
        return (int) comments.stream().filter(c -> c.channel() == channel).count();
    }
}
