package vn.danvan.democracy;

/**
 * How a comment reached the drafting body (Luật THDCCS 2022 Đ.26 forms of taking views): on the portal by a signed-in
 * citizen, at a meeting (hội nghị, cuộc họp) or in writing (a letter, the suggestion box), the last two entered by
 * staff.
 */
public enum CommentChannel {
    PORTAL,
    MEETING,
    WRITTEN
}
