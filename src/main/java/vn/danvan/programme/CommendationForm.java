package vn.danvan.programme;

/**
 * The form of a commendation (hình thức khen thưởng): Giấy khen, Bằng khen (e.g. of the provincial chairman in the
 * annual review, docs/law/rules.md B4), Cờ thi đua, or another form named in the decision. Award types are not fixed by a
 * central text found (docs/law/rules.md C9) [K].
 */
public enum CommendationForm {
    CERTIFICATE_OF_COMMENDATION,
    CERTIFICATE_OF_MERIT,
    EMULATION_FLAG,
    OTHER
}
