package vn.danvan.democracy;

/** Who comments: a citizen in their own name, or for an organisation (cơ quan, tổ chức, đoàn thể). */
public enum CommentAuthorKind {
    CITIZEN,
    ORGANISATION
}
