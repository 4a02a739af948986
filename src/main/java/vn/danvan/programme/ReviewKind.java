package vn.danvan.programme;

/** A mid-year review (sơ kết 6 tháng) or a year-end one (tổng kết năm). */
public enum ReviewKind {
    MID_YEAR,
    YEAR_END
}
