package vn.danvan.petition;

/** What a complaint is about: it decides its time bar and its resolution periods (docs/law/rules.md A1 rows 3, 4, 4a, 7). */
public enum ComplaintSubject {
    /** Quyết định hành chính, hành vi hành chính (Luật Khiếu nại 2011 Chương II). */
    ADMINISTRATIVE,
    /** Quyết định kỷ luật cán bộ, công chức (Luật Khiếu nại 2011 Chương III, Đ.48–50). */
    DISCIPLINARY
}
