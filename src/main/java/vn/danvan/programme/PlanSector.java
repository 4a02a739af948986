package vn.danvan.programme;

/**
 * Whose dân vận work a plan organises (QĐ 23-QĐ/TW 2021): the Party's, the State's ("dân vận chính quyền"), the
 * Front's and mass organisations', the armed forces'. Names in {@code i18n/programme.properties} under
 * {@code plan.sector.<NAME>}.
 */
public enum PlanSector {
    PARTY,
    STATE,
    FRONT,
    ARMED_FORCES
}
