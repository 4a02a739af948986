package vn.danvan.organization;

/** Levels of the two-tier structure in force since 1 July 2025, plus the central level. */
public enum UnitLevel {
    CENTRAL,
    PROVINCE,
    COMMUNE
}
