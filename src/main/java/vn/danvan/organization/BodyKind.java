package vn.danvan.organization;

/** Kinds of body (cơ quan, tổ chức) that receive or handle petitions. */
public enum BodyKind {
    PARTY_COMMITTEE,
    PEOPLES_COMMITTEE,
    PEOPLES_COUNCIL,
    INSPECTORATE,
    RECEPTION_OFFICE,
    FATHERLAND_FRONT,
    MEMBER_ORGANISATION,
    ARMED_FORCES_UNIT,
    NATIONAL_ASSEMBLY_DELEGATION,
    OTHER
}
