package vn.danvan.programme;

/** Whom an activity was with: an ethnic-minority or religious community, a grassroots Party cell, residents. */
public enum ActivityCommunity {
    ETHNIC_MINORITY,
    RELIGIOUS,
    PARTY_CELL,
    RESIDENTS
}
