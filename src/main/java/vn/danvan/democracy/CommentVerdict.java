package vn.danvan.democracy;

/**
 * The drafting body's answer to a group of comments or to a recommendation of the Front's criticism: taken into the
 * draft (tiếp thu) or not, with the reasons explained (giải trình) — Luật THDCCS 2022 Đ.29; Luật MTTQ 2015 Đ.36.
 */
public enum CommentVerdict {
    ACCEPTED,
    EXPLAINED
}
