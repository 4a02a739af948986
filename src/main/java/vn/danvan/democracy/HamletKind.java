package vn.danvan.democracy;

/** A commune's community below it: a hamlet (thôn, làng, ấp, bản…) or an urban residential group (tổ dân phố). */
public enum HamletKind {
    /** Thôn (làng, ấp, bản, buôn…). */
    HAMLET,
    /** Tổ dân phố. */
    RESIDENTIAL_GROUP
}
