package vn.danvan.petition;

/** How a petition relates to an earlier one. */
public enum Relation {
    /** Created in this body's queue by a transfer from another body on the platform. */
    TRANSFERRED_FROM,
    /** Khiếu nại lần hai of a first-instance complaint. */
    SECOND_INSTANCE_OF,
    /** Tố cáo tiếp of an earlier denunciation (Luật Tố cáo Đ.37). */
    RE_DENUNCIATION_OF,
    /** One content split from a petition with several contents. */
    SPLIT_FROM,
    /** The same content sent again (đơn trùng). */
    RESUBMISSION_OF,
    /** Reopened by its author after closure, within the portal's window, because the answer did not settle it. */
    REOPENED_FROM
}
