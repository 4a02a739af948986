package vn.danvan.petition;

/** Who transferred a petition to us; each must be told the result (TT 05/2021). */
public enum SourceKind {
    NATIONAL_ASSEMBLY_DEPUTY,
    PEOPLES_COUNCIL,
    FATHERLAND_FRONT,
    PRESS,
    SUPERIOR_BODY,
    OTHER_BODY
}
