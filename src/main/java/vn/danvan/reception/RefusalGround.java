package vn.danvan.reception;

/** The grounds on which a person may be refused reception — Luật Tiếp công dân 2013 Đ.9, a closed list. */
public enum RefusalGround {
    /** Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức. */
    INCAPACITATED,
    /** Người có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân, hoặc vi phạm nội quy nơi tiếp công dân. */
    THREATENING_OR_DISRUPTIVE,
    /** Vụ việc đã giải quyết đúng chính sách, pháp luật, đã kiểm tra, rà soát, thông báo bằng văn bản, đã được tiếp và giải thích nhưng vẫn cố tình khiếu nại, tố cáo kéo dài. */
    ALREADY_RESOLVED_PERSISTING,
    /** Trường hợp khác theo quy định của pháp luật. */
    OTHER_LEGAL_CASE
}
