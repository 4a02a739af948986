package vn.danvan.dialogue;

/** What a dialogue is for. */
public enum DialogueKind {
    /** Hội nghị đối thoại hằng năm của UBND xã với Nhân dân, phối hợp với UBMTTQ (Luật THDCCS Đ.32). */
    ANNUAL_GRASSROOTS,
    /** Đối thoại chuyên đề. */
    THEMATIC,
    /** Đối thoại trong giải quyết khiếu nại (Luật Khiếu nại Đ.30, Đ.39). */
    COMPLAINT,
    /** Đối thoại đột xuất khi nhiều người đề nghị (QĐ 11-QĐi/TW). */
    AD_HOC
}
