package vn.danvan.programme;

/**
 * Work with a community (ethnic-minority, religious, residents) or a leader's field visit to a grassroots Party cell
 * to grasp the situation, apart from reception days (QĐ 23-QĐ/TW 2021).
 */
public enum ActivityKind {
    COMMUNITY_WORK,
    FIELD_VISIT
}
